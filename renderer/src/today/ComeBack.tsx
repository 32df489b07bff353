import { formatDate, joinWithOr, type LocalDate } from '../../../shared';
import { DayKindBadge } from '../components/DayKindBadge';
import { entryPreview } from '../history/entryPreview';
import { useLookBack, useMissedDays } from './useComeBack';

interface Props {
  today: LocalDate;
  onOpenDay: (date: LocalDate) => void;
}

/** A line offering the past week's unwritten days, one click each; no count, no streak. */
export function MissedDays({ today, onOpenDay }: Props) {
  const { missed, dismiss } = useMissedDays(today);
  if (missed.length === 0) return null;
  const names = missed.map((date) => formatDate(date, 'weekday'));
  return (
    <section className="card missed-days" aria-label="Days not written yet">
      <p>
        {missed.length > 3
          ? 'A few days this week are not written yet. Add any you remember?'
          : `You did not write ${joinWithOr(names)}. Write ${missed.length === 1 ? 'it' : 'them'} now?`}
      </p>
      <div className="missed-days-actions">
        {missed.map((date, index) => (
          <button key={date} type="button" onClick={() => onOpenDay(date)} title={formatDate(date, 'weekdayDate')}>
            {names[index]}
          </button>
        ))}
        <button type="button" className="link-button" onClick={dismiss}>
          Not now
        </button>
      </div>
    </section>
  );
}

/** Cards for the days written a month, three months and a year ago: the day kind and first line; a click opens the day. */
export function LookingBack({ today, onOpenDay }: Props) {
  const days = useLookBack(today);
  if (!days || days.length === 0) return null;
  return (
    <section className="card looking-back" aria-labelledby="looking-back-heading">
      <h2 id="looking-back-heading">Looking back</h2>
      <ul className="look-back-cards">
        {days.map(({ span, entry }) => (
          <li key={span.id}>
            <button type="button" className="look-back-card" onClick={() => onOpenDay(entry.date)}>
              <span className="look-back-when">{span.label}</span>
              <span className="look-back-date">
                <DayKindBadge kind={entry.dayKind} /> {formatDate(entry.date, 'shortWeekdayDate')}
              </span>
              <span className="look-back-line">{entryPreview(entry) || 'Nothing in words that day.'}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
