import { addDays, format, getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateOfDay,
  dayNumber,
  monthIndexOf,
  monthKey,
  monthStart,
  weekIndex,
  weekKey,
  weekStart,
} from '../../../shared/analysis/calendar';

const EPOCH = parseISO('1970-01-01');
const dayArbitrary = fc.integer({ min: dayNumber('1600-01-01'), max: dayNumber('2400-12-31') });

describe('calendar day numbers', () => {
  it('agree with date-fns on dates and ISO weeks (Monday start)', () => {
    fc.assert(
      fc.property(dayArbitrary, (day) => {
        const date = addDays(EPOCH, day);
        const text = format(date, 'yyyy-MM-dd');
        expect(dateOfDay(day)).toBe(text);
        expect(dayNumber(text)).toBe(day);
        const week = weekIndex(day);
        expect(weekKey(week)).toBe(`${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`);
        expect(format(addDays(EPOCH, weekStart(week)), 'EEEE')).toBe('Monday');
        expect(weekStart(week) <= day && day < weekStart(week) + 7).toBe(true);
        expect(monthKey(monthIndexOf(text))).toBe(text.slice(0, 7));
        expect(dateOfDay(monthStart(monthIndexOf(text)))).toBe(`${text.slice(0, 7)}-01`);
      }),
    );
  });

  it('puts the turn of the year in the right ISO week', () => {
    expect(weekKey(weekIndex(dayNumber('2026-01-01')))).toBe('2026-W01');
    expect(weekKey(weekIndex(dayNumber('2027-01-01')))).toBe('2026-W53');
    expect(weekKey(weekIndex(dayNumber('2024-12-30')))).toBe('2025-W01');
  });

  it('rejects anything that is not a real YYYY-MM-DD day', () => {
    for (const text of ['2026-02-29', '2026-13-01', '2026-04-31', '2026/01/01', '26-01-01', '', 'yyyy-mm-dd']) {
      expect(dayNumber(text), text).toBeNaN();
    }
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-03-01') - 1);
  });
});
