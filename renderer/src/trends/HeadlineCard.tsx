import { plural } from '../../../shared';
import { describeRange, type TrendsData } from '../../../shared/trends';
import { MethodLink } from '../method/MethodLink';

interface Props {
  data: TrendsData;
  /** True while newer figures are being computed; the old ones stay readable meanwhile. */
  stale: boolean;
}

/** The lean in plain words above the charts, with what is missing when there is no verdict yet. */
export function HeadlineCard({ data, stale }: Props) {
  const { headline } = data;
  return (
    <section
      className={`card trends-headline status-${headline.status}`}
      aria-labelledby="trends-headline"
      aria-busy={stale}
    >
      <h2 id="trends-headline">{headline.title}</h2>
      {headline.basis && <p className="headline-basis">{headline.basis}</p>}
      <p className="headline-sentence">{headline.sentence}</p>
      {headline.explanation && <p className="headline-explanation">{headline.explanation}</p>}
      {headline.trend && <p className="headline-trend">{headline.trend}</p>}
      {headline.unrated && <p className="headline-unrated">{headline.unrated}</p>}
      <p className="muted">
        {plural(data.entries, 'day')} written in {describeRange(data.range)}
        {data.analysed < data.entries ? `; ${data.analysed} of them carry something the analysis reads` : ''}.{' '}
        <MethodLink>How to read these numbers</MethodLink>
      </p>
    </section>
  );
}
