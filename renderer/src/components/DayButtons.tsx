import { formatDate, type LocalDate } from '../../../shared';

interface Props {
  dates: readonly LocalDate[];
  onOpenDay: (date: LocalDate) => void;
}

/** A row of buttons, one per day, each opening that day. */
export function DayButtons({ dates, onOpenDay }: Props) {
  return (
    <ul className="row">
      {dates.map((date) => (
        <li key={date}>
          <button type="button" onClick={() => onOpenDay(date)}>
            {formatDate(date, 'shortWeekdayDate')}
          </button>
        </li>
      ))}
    </ul>
  );
}
