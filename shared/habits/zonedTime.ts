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

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
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

function wallTime(instant: number, timeZone: string): WallTime {
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
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

/** The calendar day it is in `timeZone` at `instant`. */
export function localDateIn(instant: number, timeZone: string): LocalDate {
  const wall = wallTime(instant, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
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
