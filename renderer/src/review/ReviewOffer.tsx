import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isoWeekday, weekOf, type LocalDate, type WeekId } from '../../../shared';
import { readMissedReview } from '../data/reviewQueries';
import { useReviewWeekday } from './useReviewWeekday';
import { WeekReview } from './WeekReview';
import { weekName } from './weekText';

interface Props {
  today: LocalDate;
  onOpenDay: (date: LocalDate) => void;
  onOpenReview: (week: WeekId) => void;
}

const DISMISSED_KEY = 'forkcast.missedReviewDismissed';

function dismissedWeek(): string | null {
  try {
    return localStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}

/**
 * The weekly review on Today: from the weekday the user chose until the week
 * ends, this week's review; before it, one quiet line when last week's
 * review was never written, which "Not now" hides for good. No count, no streak.
 */
export function ReviewOffer({ today, onOpenDay, onOpenReview }: Props) {
  const [weekday] = useReviewWeekday();
  const due = weekday !== undefined && isoWeekday(today) >= weekday;
  const missed = useLiveQuery(() => (due ? null : readMissedReview(today)), [due, today]);
  const [dismissed, setDismissed] = useState(dismissedWeek);
  if (weekday === undefined) return null;
  if (due) return <WeekReview key={weekOf(today)} week={weekOf(today)} title="This week" onOpenDay={onOpenDay} />;
  if (!missed || dismissed === missed) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(DISMISSED_KEY, missed);
    } catch {
      // Without storage it is hidden for this visit only.
    }
    setDismissed(missed);
  };
  return (
    <section className="card review-offer" aria-label="Last week’s review">
      <p>Last week’s review ({weekName(missed)}) is not written. Look back on it now?</p>
      <div className="row">
        <button type="button" onClick={() => onOpenReview(missed)}>
          Review last week
        </button>
        <button type="button" className="link-button" onClick={dismiss}>
          Not now
        </button>
      </div>
    </section>
  );
}
