import type { LocalDate } from '../dates';

/** One formatter per time zone: building one is far slower than using it, and an export repeats a few zones. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** en-CA writes "2024-03-05, 09:15"; read by position, as format() is several times faster than formatToParts(). */
const FORMATTED = /^(\d{4,})-(\d{2})-(\d{2}),? (\d{2}):(\d{2})$/;

/** The calendar date and HH:mm an instant had on a clock in `timeZone` (an IANA name Intl knows). */
export function localDateTime(instant: Date, timeZone: string): { date: LocalDate; time: string } {
  const formatter = formatterFor(timeZone);
  const match = FORMATTED.exec(formatter.format(instant));
  if (match) return { date: `${match[1]}-${match[2]}-${match[3]}`, time: `${match[4]}:${match[5]}` };
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
