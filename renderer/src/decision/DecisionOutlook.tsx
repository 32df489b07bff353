import { daysLeftLine, readinessOfTrends, readinessSentences } from '../../../shared/brief';
import type { LocalDate } from '../../../shared';
import type { TrendsData } from '../../../shared/trends';

interface Props {
  decisionDate: LocalDate;
  today: LocalDate;
  /** The trends of a range ending today; null while they load or when the range ends earlier. */
  data: TrendsData | null;
  /** Show what is still needed, line by line (Trends); Today keeps to the summary. */
  detailed?: boolean;
}

/** The days left until the decision and, from the analysis' own rules, whether a clear read can be ready by then. */
export function DecisionOutlook({ decisionDate, today, data, detailed = false }: Props) {
  const readiness = data && readinessOfTrends(data, decisionDate, today);
  const sentences = readiness && readinessSentences(readiness);
  return (
    <div className="decision-outlook">
      <p className="decision-days-left">{daysLeftLine(decisionDate, today)}</p>
      {sentences ? (
        <>
          <p className="decision-readiness">{sentences.summary}</p>
          {detailed && sentences.needs.length > 0 && (
            <ul className="decision-needs">
              {sentences.needs.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        data && (
          <p className="muted">Choose a range that ends today to see whether your journal can be ready in time.</p>
        )
      )}
    </div>
  );
}
