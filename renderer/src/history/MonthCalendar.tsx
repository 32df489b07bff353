import { DAY_KINDS, type DayKind, type LocalDate } from '../../../shared';
import { monthTitle, monthWeeks, tallyMonth, weekdays } from './calendarMonth';
import { DAY_KIND_LETTER, dayKindName } from '../components/dayKindText';
import { calendarDayName } from './entryPreview';
import type { CalendarMonth } from './useCalendarMonth';

const LEGEND = [
  ...DAY_KINDS.map((kind) => ({ mark: DAY_KIND_LETTER[kind], className: `kind-${kind}`, meaning: dayKindName(kind) })),
  { mark: '•', className: 'calendar-day-written', meaning: 'written, no day kind' },
];

interface Props {
  calendar: CalendarMonth;
  /** Written days of the month; undefined while loading. */
  dayKinds: ReadonlyMap<LocalDate, DayKind | null> | undefined;
  today: LocalDate;
  onOpenDay: (date: LocalDate) => void;
}

interface DayProps {
  date: LocalDate;
  /** The day kind of a written day, null for a written day without one, undefined for an unwritten day. */
  kind: DayKind | null | undefined;
  today: LocalDate;
  onOpenDay: (date: LocalDate) => void;
}

function Day({ date, kind, today, onOpenDay }: DayProps) {
  const future = date > today;
  const written = kind !== undefined;
  const state = future ? 'not yet' : kind ? dayKindName(kind) : written ? 'written, no day kind' : 'nothing written';
  const className = ['calendar-day', kind ? `kind-${kind}` : written ? 'calendar-day-written' : ''].join(' ');
  return (
    <button
      type="button"
      className={className}
      aria-current={date === today ? 'date' : undefined}
      disabled={future}
      onClick={() => onOpenDay(date)}
    >
      {/* The name is read from the hidden text ("24 November: bad day"); the eye gets the number and the letter. */}
      <span className="calendar-day-number" aria-hidden="true">
        {Number(date.slice(8))}
      </span>
      <span className="visually-hidden">{`${calendarDayName(date)}: ${state}`}</span>
      <span className="calendar-day-mark" aria-hidden="true">
        {kind ? DAY_KIND_LETTER[kind] : written ? '•' : ''}
      </span>
    </button>
  );
}

function Summary({ dayKinds }: { dayKinds: NonNullable<Props['dayKinds']> }) {
  const tally = tallyMonth(dayKinds);
  if (tally.written === 0) return <p className="muted calendar-summary">No days written this month.</p>;
  return (
    <p className="muted calendar-summary">
      {tally.written} {tally.written === 1 ? 'day' : 'days'} written: {tally.good} good, {tally.mixed} mixed,{' '}
      {tally.bad} bad.
    </p>
  );
}

/** A month of days, each marked with its day kind by colour and letter. */
export function MonthCalendar({ calendar, dayKinds, today, onOpenDay }: Props) {
  const title = monthTitle(calendar.month);
  return (
    <section className="card history-calendar" aria-label="Calendar">
      <div className="calendar-head">
        <button type="button" aria-label="Previous month" onClick={calendar.goPrevious}>
          ‹
        </button>
        <h2 id="history-calendar-title" aria-live="polite">
          {title}
        </h2>
        <button type="button" aria-label="Next month" disabled={!calendar.canGoNext} onClick={calendar.goNext}>
          ›
        </button>
      </div>
      <table className="calendar-grid" aria-labelledby="history-calendar-title">
        <thead>
          <tr>
            {weekdays().map(({ short, long }) => (
              <th key={long} scope="col" abbr={long}>
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(calendar.month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((date, i) => (
                <td key={date ?? `blank-${i}`}>
                  {date && <Day date={date} kind={dayKinds?.get(date)} today={today} onOpenDay={onOpenDay} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {dayKinds && <Summary dayKinds={dayKinds} />}
      <ul className="calendar-legend muted" aria-label="Key">
        {LEGEND.map(({ mark, className, meaning }) => (
          <li key={meaning}>
            <span className={`calendar-legend-mark ${className}`} aria-hidden="true">
              {mark}
            </span>{' '}
            {meaning}
          </li>
        ))}
      </ul>
      {!calendar.isThisMonth && (
        <button type="button" className="calendar-this-month" onClick={calendar.goThisMonth}>
          Back to this month
        </button>
      )}
    </section>
  );
}
