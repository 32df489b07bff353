import { formatDate } from '../../../shared';
import { countDates, unpackDates, type PackedDates } from '../../../shared/trends';

/** Tooltips name at most this many days; the click list has them all. */
const NAMED_DAYS = 7;

/** 'Mon 3 Nov, Tue 4 Nov and 5 more' */
export function nameDays(dates: PackedDates): string {
  const count = countDates(dates);
  if (count === 0) return 'no days';
  const named = unpackDates(dates, 0, NAMED_DAYS).map((date) => formatDate(date, 'shortWeekdayDay'));
  const rest = count - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

interface Props {
  title: string;
  lines: readonly string[];
  dates: PackedDates;
}

/** A tooltip that says what a point means and which days are behind it. */
export function ChartTooltip({ title, lines, dates }: Props) {
  return (
    <div className="chart-tooltip">
      <strong>{title}</strong>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      <div className="muted">Days: {nameDays(dates)}</div>
      {countDates(dates) > 0 && <div className="muted">Click, or press Enter, to list them.</div>}
    </div>
  );
}
