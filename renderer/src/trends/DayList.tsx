import { useState } from 'react';
import { formatDate, type LocalDate } from '../../../shared';
import { countDates, pixelAt, unpackDates, type PixelDays } from '../../../shared/trends';
import { DayKindBadge } from '../components/DayKindBadge';
import type { DaySelection } from './daySelection';

/** Long lists (an activity done on 800 days) grow by this many, so the page never renders thousands at once. */
const PAGE = 60;

interface Props {
  selection: DaySelection;
  days: PixelDays;
  onOpenDay: (date: LocalDate) => void;
  onClose: () => void;
}

/** The days behind a point or bar, newest first; each opens in Today. */
export function DayList({ selection, days, onOpenDay, onClose }: Props) {
  const [shown, setShown] = useState(PAGE);
  const count = countDates(selection.dates);
  // Newest first: the last `shown` dates, reversed.
  const dates = unpackDates(selection.dates, count - shown, count).reverse();
  return (
    <section className="day-list" aria-label={`Days behind: ${selection.title}`}>
      <div className="day-list-header">
        <h3>
          {selection.title}: {count} {count === 1 ? 'day' : 'days'}
        </h3>
        <button type="button" onClick={onClose}>
          Close list
        </button>
      </div>
      <ul>
        {dates.map((date) => {
          const info = pixelAt(days, date);
          return (
            <li key={date}>
              <button type="button" className="day-list-item" onClick={() => onOpenDay(date)}>
                <DayKindBadge kind={info?.kind ?? null} />
                <span>{formatDate(date, 'shortWeekdayDate')}</span>
                {info?.energy != null && <span className="muted">energy {info.energy}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {count > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, count - shown)} more of {count - shown}
        </button>
      )}
    </section>
  );
}
