import { describeRange, type TrendsData } from '../../../shared/trends';

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
      <p className="headline-sentence">{headline.sentence}</p>
      {headline.explanation && <p className="headline-explanation">{headline.explanation}</p>}
      <p className="muted">
        {data.entries} {data.entries === 1 ? 'day' : 'days'} written in {describeRange(data.range)}
        {data.analysed < data.entries ? `; ${data.analysed} of them carry something the analysis reads` : ''}.
      </p>
    </section>
  );
}
