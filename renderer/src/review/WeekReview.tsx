import { formatDate, signed, type LocalDate, type WeekActivity, type WeekId } from '../../../shared';
import { useReviewEditor, type ReviewSaveState } from './useReviewEditor';
import { useWeekSummary } from './useWeekSummary';
import { daysLine, weekSpan } from './weekText';
import './review.css';

interface Props {
  week: WeekId;
  /** The heading's text: "This week" on Today, the week's name in Reviews. */
  title: string;
  onOpenDay: (date: LocalDate) => void;
}

const SAVE_TEXT: Record<Exclude<ReviewSaveState['status'], 'failed'>, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  replaced: 'Saved. This review had also been changed in another window; what is here replaced it.',
};

function ActivityList({ label, rows }: { label: string; rows: readonly WeekActivity[] }) {
  if (rows.length === 0) return null;
  return (
    <p className="week-activities">
      <strong>{label}:</strong>{' '}
      {rows.map((row, index) => (
        <span key={row.id}>
          {index > 0 && ', '}
          {row.label}{' '}
          <span className="muted">
            (average feel {signed(row.meanFeel, 1)} over {row.ratedDays} days, plausible range {signed(row.band[0], 1)}{' '}
            to {signed(row.band[1], 1)})
          </span>
        </span>
      ))}
    </p>
  );
}

/**
 * One week's review: what the week's days can honestly say, then one
 * question answered in the user's own words, saved as they type.
 */
export function WeekReview({ week, title, onOpenDay }: Props) {
  const summary = useWeekSummary(week);
  const editor = useReviewEditor(week);
  const headingId = `review-${week}`;
  const answerId = `review-answer-${week}`;
  return (
    <section className="card week-review" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="muted week-review-span">{weekSpan(week)}</span>
      </h2>
      {summary === undefined ? (
        <p className="muted">Reading the week…</p>
      ) : (
        <div className="week-summary">
          <p>{daysLine(summary)}</p>
          {summary.dates.length > 0 && (
            <div className="week-days">
              {summary.dates.map((date) => (
                <button
                  key={date}
                  type="button"
                  onClick={() => onOpenDay(date)}
                  title={formatDate(date, 'weekdayDate')}
                >
                  {formatDate(date, 'shortWeekday')}
                </button>
              ))}
            </div>
          )}
          {summary.dates.length > 0 && (
            <>
              <p className="week-lean">{summary.lean.text}</p>
              <ActivityList label="Energised you" rows={summary.activities.energised} />
              <ActivityList label="Drained you" rows={summary.activities.drained} />
              {summary.activities.text && <p className="muted">{summary.activities.text}</p>}
            </>
          )}
        </div>
      )}
      <label className="week-question" htmlFor={answerId}>
        {editor.question.text}
      </label>
      <textarea
        id={answerId}
        className="week-answer"
        rows={4}
        value={editor.answer}
        disabled={!editor.loaded}
        placeholder="In your own words…"
        onChange={(event) => editor.setAnswer(event.target.value)}
      />
      <div className="row week-review-footer">
        {!editor.written && editor.answer === '' && (
          <button type="button" className="link-button" onClick={editor.nextQuestion}>
            Ask me something else
          </button>
        )}
        <span className="muted" role="status">
          {editor.save.status === 'failed' ? '' : SAVE_TEXT[editor.save.status]}
        </span>
      </div>
      {editor.save.status === 'failed' && (
        <p className="error-text" role="alert">
          Not saved: {editor.save.message} What you typed is still here.
        </p>
      )}
    </section>
  );
}
