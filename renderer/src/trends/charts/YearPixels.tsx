import { formatDate, type LocalDate } from '../../../../shared';
import { yearGrid, type DateRange, type PixelCell, type PixelDays } from '../../../../shared/trends';
import { DAY_KIND_LETTER, dayKindName } from '../../components/dayKindText';

interface Props {
  year: number;
  days: PixelDays;
  range: DateRange;
  onOpenDay: (date: LocalDate) => void;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function describeCell(cell: PixelCell): string {
  const day = formatDate(cell.date, 'dayLongMonth');
  if (!cell.written) return `${day}: nothing written`;
  const kind = cell.kind ? dayKindName(cell.kind) : 'no day kind';
  return `${day}: ${kind}${cell.energy === null ? '' : `, energy ${cell.energy}`}`;
}

/**
 * A year as a grid of days, one row per month: each written day shows its
 * kind by letter and colour, and its energy as the height of a bar at the
 * cell's foot. Written days open in Today. Days outside the range are faded.
 */
export function YearPixels({ year, days, range, onOpenDay }: Props) {
  const months = yearGrid(year, days);
  const outside = (date: LocalDate) => date > range.to || (range.from !== null && date < range.from);
  return (
    <div className="pixels">
      {months.map(({ month, cells }) => (
        <div className="pixels-row" role="group" aria-label={`${MONTHS[month - 1]} ${year}`} key={month}>
          <span className="pixels-month" aria-hidden="true">
            {MONTHS[month - 1]}
          </span>
          {cells.map((cell) => {
            const classes = [
              'pixel',
              cell.kind ? `kind-${cell.kind}` : cell.written ? 'pixel-unrated' : 'pixel-empty',
              cell.energy === null ? '' : `energy-${cell.energy}`,
              outside(cell.date) ? 'pixel-outside' : '',
            ].join(' ');
            // Only written days are announced and focusable; the empty ones are just the calendar's shape.
            return cell.written ? (
              <button
                key={cell.date}
                type="button"
                className={classes}
                aria-label={describeCell(cell)}
                title={describeCell(cell)}
                onClick={() => onOpenDay(cell.date)}
              >
                {cell.kind ? DAY_KIND_LETTER[cell.kind] : '·'}
              </button>
            ) : (
              <span key={cell.date} className={classes} title={describeCell(cell)} aria-hidden="true" />
            );
          })}
        </div>
      ))}
    </div>
  );
}
