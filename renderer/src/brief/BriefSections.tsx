import { plural, type LocalDate } from '../../../shared';
import {
  BRIEF_CHART_POINTS,
  briefDate,
  briefDecisionLines,
  briefExperimentLines,
  briefSeries,
  driverLine,
  headlineNotes,
  noDriversLine,
  pictureLines,
  READING_NOTES,
  timingSentence,
  worstHourRoleLine,
  worstHourSentence,
  type DecidedOn,
} from '../../../shared/brief';
import { describeRange, type TrendsData } from '../../../shared/trends';
import { MethodLink } from '../method/MethodLink';
import { LeanChart } from '../trends/charts/LeanChart';

interface Props {
  data: TrendsData;
  today: LocalDate;
  decisionDate: LocalDate | null;
  /** The decision once recorded: the brief then says when it was made instead of counting down. */
  decided?: DecidedOn | null;
}

function Drivers({ data, side }: { data: TrendsData; side: 'good' | 'bad' }) {
  const none = noDriversLine(data, side);
  if (none) return <p className="muted">{none}</p>;
  return (
    <ul>
      {data.drivers[side].map((driver) => (
        <li key={driver.activity}>{driverLine(driver, side, data.drivers)}</li>
      ))}
    </ul>
  );
}

/**
 * The brief itself: one page that can go into the conversation. User text
 * (highlights, activity names) is rendered as React text, never as HTML.
 */
export function BriefSections({ data, today, decisionDate, decided = null }: Props) {
  const { headline } = data;
  const series = briefSeries(data, BRIEF_CHART_POINTS);
  const unit = series[0]?.key.includes('-W') ? 'week' : 'month';
  return (
    <article className="brief-page" aria-labelledby="brief-title">
      <header>
        <h1 id="brief-title">Decision brief: management or architecture</h1>
        <p className="muted">
          {describeRange(data.range)} · {plural(data.entries, 'day')} written · prepared {briefDate(today)}
        </p>
        {briefDecisionLines(data, decisionDate, today, decided).map((line) => (
          <p key={line} className="brief-decision">
            {line}
          </p>
        ))}
      </header>

      <section className="brief-lean" aria-labelledby="brief-lean">
        <h2 id="brief-lean">The lean</h2>
        <h3 className={`brief-headline status-${headline.status}`}>{headline.title}</h3>
        <p className="brief-sentence">{headline.sentence}</p>
        {headlineNotes(headline).map((note) => (
          <p key={note}>{note}</p>
        ))}
        <p className="no-print">
          <MethodLink section="range">What the plausible range and “confident” mean</MethodLink>
        </p>
        {series.some((row) => row.lean !== null) && (
          <figure className="brief-chart">
            <LeanChart rows={series} marks={data.experiments} height={180} />
            <figcaption className="muted">
              Lean by {unit}: above zero system work felt better, below zero people work did. The shading is the
              plausible range{data.experiments.length > 0 ? '; dashed shading marks your experiments' : ''}.
            </figcaption>
          </figure>
        )}
      </section>

      <div className="brief-body">
        <section aria-labelledby="brief-picture">
          <h2 id="brief-picture">What would change this picture</h2>
          <ul>
            {pictureLines(data).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>

        {data.experiments.length > 0 && (
          <section aria-labelledby="brief-experiments">
            <h2 id="brief-experiments">Experiments</h2>
            <ul>
              {briefExperimentLines(data).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        )}

        <div className="brief-columns">
          <section aria-labelledby="brief-good">
            <h2 id="brief-good">What goes with good days</h2>
            <Drivers data={data} side="good" />
          </section>
          <section aria-labelledby="brief-bad">
            <h2 id="brief-bad">What goes with bad days</h2>
            <Drivers data={data} side="bad" />
          </section>
        </div>

        <section aria-labelledby="brief-worst">
          <h2 id="brief-worst">The worst-hour test</h2>
          <p className="muted">
            On bad days: “If most days were like today’s worst hour, would you still take this role?”
          </p>
          <p>{worstHourSentence(data.worstDay)}</p>
          <ul>
            {[data.worstDay.management, data.worstDay.architecture].map((side) => (
              <li key={side.path}>{worstHourRoleLine(side)}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="brief-timing">
          <h2 id="brief-timing">When you join the conversation</h2>
          <p>{timingSentence(data.timing)}</p>
        </section>

        <section className="brief-flows" aria-labelledby="brief-quotes">
          <h2 id="brief-quotes">In your own words</h2>
          {data.highlights.length === 0 ? (
            <p className="muted">No highlights written in this range.</p>
          ) : (
            <>
              {data.highlightCount > data.highlights.length && (
                <p className="muted">
                  {data.highlights.length} of your {data.highlightCount} highlights, spread over the range:
                </p>
              )}
              {data.highlights.map((quote) => (
                <blockquote key={quote.date} className="brief-quote">
                  <p>{quote.text}</p>
                  <footer className="muted">
                    — {briefDate(quote.date)}
                    {quote.kind ? ` · ${quote.kind}` : ''}
                  </footer>
                </blockquote>
              ))}
            </>
          )}
        </section>
        <section className="brief-flows" aria-labelledby="brief-reading">
          <h2 id="brief-reading">How to read these numbers</h2>
          <dl className="brief-reading">
            {READING_NOTES.map((note) => (
              <div key={note.term}>
                <dt>{note.term}</dt>
                <dd>{note.text}</dd>
              </div>
            ))}
          </dl>
          <p>
            <MethodLink>More on how Forkcast reads your journal</MethodLink>
          </p>
        </section>
      </div>
    </article>
  );
}
