// Wall-clock time in a named time zone (an IANA name such as 'Europe/Berlin'),
// worked out with Intl alone. The reminder is set as a time of day where the
// user is; which instant that is changes with daylight saving and when the
// user travels, so it is computed for each day in the zone of that moment.
import type { LocalDate } from '../dates';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A time of day, 'HH:MM' on the 24-hour clock. */
export type TimeOfDay = string;

/** True when `value` is a time of day written HH:MM, from 00:00 to 23:59. */
export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** One formatter per time zone: building one is far slower than using it, and an import or export repeats a few zones. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** True when this system knows `timeZone` as a time zone name. */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 100) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** en-CA writes "2024-03-05, 09:15:30"; read by position, as format() is several times faster than formatToParts(). */
const FORMATTED = /^(\d{4,})-(\d{2})-(\d{2}),? (\d{2}):(\d{2}):(\d{2})$/;

function wallTime(instant: number | Date, timeZone: string): WallTime {
  const formatter = formatterFor(timeZone);
  const match = FORMATTED.exec(formatter.format(instant));
  if (match) {
    const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return { year, month, day, hour, minute, second };
  }
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(instant)) {
    if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value);
  }
  return wall;
}

/** How far the zone's clocks are ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallTime(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

const dateOf = (wall: WallTime): LocalDate => `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;

/** The calendar day it is in `timeZone` at `instant`. */
export function localDateIn(instant: number, timeZone: string): LocalDate {
  return dateOf(wallTime(instant, timeZone));
}

/** The calendar date and HH:mm an instant had on a clock in `timeZone`. */
export function localDateTime(instant: Date, timeZone: string): { date: LocalDate; time: TimeOfDay } {
  const wall = wallTime(instant, timeZone);
  return { date: dateOf(wall), time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}

/**
 * The instant the clocks in `timeZone` show `time` on `date`. A time that
 * happens twice (the hour the clocks go back) is its first occurrence; a time
 * the clocks skip (the hour they go forward) is the moment it would have been,
 * which the clocks there call an hour later: JavaScript's own rule for local
 * dates, so 02:30 on the spring-forward night comes at 03:30.
 */
export function instantOfWallTime(date: LocalDate, time: TimeOfDay, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets a day either side cover any one transition near this time.
  const before = offsetAt(asUtc - DAY_MS, timeZone);
  const after = offsetAt(asUtc + DAY_MS, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((instant) => {
      const wall = wallTime(instant, timeZone);
      return wall.hour === hour && wall.minute === minute && wall.day === day;
    });
  return matches.length > 0 ? Math.min(...matches) : asUtc - before;
}

/** The time zone this runtime is in, as an IANA name. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
