import { getDaysInMonth } from 'date-fns';
import type { LocalDate } from '../dates';
import type { DayKind, Entry } from '../entry';
import { countDates, dateAt, packDates, searchDates, type PackedDates } from './packedDates';

/** One written day as the calendar and the day lists show it. */
export interface PixelDay {
  date: LocalDate;
  kind: DayKind | null;
  energy: number | null;
}

/**
 * The written days of a range, oldest first, packed one character per day
 * for kind ('G', 'M', 'B' or ' ') and energy ('1'-'5' or ' '), so that even
 * 10,000 days cross between threads as three strings.
 */
export interface PixelDays {
  dates: PackedDates;
  kinds: string;
  energies: string;
}

const KIND_CODE: Readonly<Record<DayKind, string>> = { good: 'G', mixed: 'M', bad: 'B' };
const CODE_KIND: Readonly<Record<string, DayKind>> = { G: 'good', M: 'mixed', B: 'bad' };

export function pixelDays(entries: readonly Entry[]): PixelDays {
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    dates: packDates(sorted.map((entry) => entry.date)),
    kinds: sorted.map((entry) => (entry.dayKind ? KIND_CODE[entry.dayKind] : ' ')).join(''),
    energies: sorted.map((entry) => (entry.energy === null ? ' ' : String(entry.energy))).join(''),
  };
}

function dayAtIndex(days: PixelDays, index: number): PixelDay | undefined {
  const date = dateAt(days.dates, index);
  if (date === undefined) return undefined;
  const energy = days.energies[index] ?? ' ';
  return { date, kind: CODE_KIND[days.kinds[index] ?? ' '] ?? null, energy: energy === ' ' ? null : Number(energy) };
}

/** The written day on `date`, if any. */
export function pixelAt(days: PixelDays, date: LocalDate): PixelDay | undefined {
  const day = dayAtIndex(days, searchDates(days.dates, date));
  return day?.date === date ? day : undefined;
}

/** Every year from the first written day to the last, newest first. */
export function pixelYears(days: PixelDays): number[] {
  const first = dateAt(days.dates, 0);
  const last = dateAt(days.dates, countDates(days.dates) - 1);
  if (first === undefined || last === undefined) return [];
  const years: number[] = [];
  for (let year = Number(last.slice(0, 4)); year >= Number(first.slice(0, 4)); year -= 1) years.push(year);
  return years;
}

export interface PixelCell {
  date: LocalDate;
  day: number;
  written: boolean;
  kind: DayKind | null;
  energy: number | null;
}

export interface PixelMonth {
  /** 1-12 */
  month: number;
  cells: PixelCell[];
}

const pad = (value: number) => String(value).padStart(2, '0');

/** One year as twelve rows of its real days (28-31 each), marked with what was written on them. */
export function yearGrid(year: number, days: PixelDays): PixelMonth[] {
  let index = searchDates(days.dates, `${year}-01-01`);
  return Array.from({ length: 12 }, (_, monthIndex) => {
    const month = monthIndex + 1;
    const length = getDaysInMonth(new Date(year, monthIndex, 1));
    const cells = Array.from({ length }, (_, dayIndex): PixelCell => {
      const date = `${year}-${pad(month)}-${pad(dayIndex + 1)}`;
      // Days are sorted, so one forward pass over the year's written days fills the grid.
      const written = dateAt(days.dates, index) === date ? dayAtIndex(days, index++) : undefined;
      return {
        date,
        day: dayIndex + 1,
        written: !!written,
        kind: written?.kind ?? null,
        energy: written?.energy ?? null,
      };
    });
    return { month, cells };
  });
}
