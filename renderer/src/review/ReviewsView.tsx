import { useState } from 'react';
import { firstLine, weekOf, type LocalDate, type WeekId } from '../../../shared';
import { useReviewWeeks } from './useReviewWeeks';
import { WeekReview } from './WeekReview';
import { daysWord, weekName, weekSpan } from './weekText';
import './review.css';

interface Props {
  today: LocalDate;
  /** The week open for reading or writing, or null for the list. */
  week: WeekId | null;
  onOpenWeek: (week: WeekId | null) => void;
  onOpenDay: (date: LocalDate) => void;
}

/** Weeks listed at first, and added per "Show older weeks": a year at a time. */
const PAGE = 52;

/**
 * Every weekly review, and every week with days that has none yet, newest
 * first: a past week can be reviewed at any time, and an answered one read
 * and edited again.
 */
export function ReviewsView({ today, week, onOpenWeek, onOpenDay }: Props) {
  const weeks = useReviewWeeks(today);
  const [shown, setShown] = useState(PAGE);
  if (week !== null) {
    const future = week > weekOf(today);
    return (
      <div className="reviews">
        <button type="button" className="link-button" onClick={() => onOpenWeek(null)}>
          ← All weekly reviews
        </button>
        {future ? (
          <p className="card" role="alert">
            {weekName(week)} has not begun yet: a week can be reviewed once it has started.
          </p>
        ) : (
          <WeekReview key={week} week={week} title={weekName(week)} onOpenDay={onOpenDay} />
        )}
      </div>
    );
  }
  return (
    <section className="card reviews" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Weekly reviews</h2>
      <p className="muted">
        Each week’s days in brief and your answer to one question. A week you did not review can be reviewed any time.
      </p>
      {weeks === undefined ? (
        <p className="muted">Reading your reviews…</p>
      ) : (
        <>
          <ul className="reviews-list">
            {weeks.slice(0, shown).map(({ week: listed, days, review }) => (
              <li key={listed}>
                <button type="button" className="review-row" onClick={() => onOpenWeek(listed)}>
                  <span>
                    <strong>{weekName(listed)}</strong> <span className="muted">{weekSpan(listed)}</span>
                  </span>
                  <span className="muted">{daysWord(days)}</span>
                  <span>{review ? firstLine(review.answer) || 'Reviewed, with no words.' : 'Not reviewed yet.'}</span>
                </button>
              </li>
            ))}
          </ul>
          {weeks.length > shown && (
            <button type="button" onClick={() => setShown((count) => count + PAGE)}>
              Show older weeks
            </button>
          )}
        </>
      )}
    </section>
  );
}
