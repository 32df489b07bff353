import { describe, expect, it } from 'vitest';
import { monthOf, monthWeeks, shiftMonth, tallyMonth, weekdays } from '../../../renderer/src/history/calendarMonth';

describe('calendarMonth', () => {
  it('lays a month out in Monday-first weeks', () => {
    // 1 November 2026 is a Sunday.
    const weeks = monthWeeks('2026-11-01');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks[5]).toEqual(['2026-11-30', null, null, null, null, null, null]);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weekdays().map((day) => day.short)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });

  it('handles February of leap and common years', () => {
    expect(monthWeeks('2028-02-01').flat().filter(Boolean)).toHaveLength(29);
    expect(monthWeeks('2027-02-01').flat().filter(Boolean)).toHaveLength(28);
  });

  it('names and moves months', () => {
    expect(monthOf('2026-11-20')).toBe('2026-11-01');
    expect(shiftMonth('2026-01-01', -1)).toBe('2025-12-01');
    expect(shiftMonth('2026-12-01', 1)).toBe('2027-01-01');
  });

  it('tallies day kinds', () => {
    const kinds = new Map([
      ['2026-11-01', 'good' as const],
      ['2026-11-02', null],
      ['2026-11-03', 'bad' as const],
    ]);
    expect(tallyMonth(kinds)).toEqual({ written: 3, good: 1, mixed: 0, bad: 1 });
  });
});
