import { describe, expect, it } from 'vitest';
import { joinWithOr, lookBackDate, lookBackRange, missedDays, nearestDay } from '../../../shared/habits';

describe('looking back', () => {
  it('goes back whole months, the 31st landing on the last day of a shorter month', () => {
    expect(lookBackDate('2026-12-05', 1)).toBe('2026-11-05');
    expect(lookBackDate('2026-05-31', 3)).toBe('2026-02-28');
    expect(lookBackDate('2028-02-29', 12)).toBe('2027-02-28');
    expect(lookBackRange('2026-12-05', 12)).toEqual({ from: '2025-12-02', to: '2025-12-08', target: '2025-12-05' });
  });

  it('takes the written day closest to the date, the earlier on a tie, and none more than three days off', () => {
    const days = (...dates: string[]) => dates.map((date) => ({ date }));
    expect(nearestDay('2026-11-05', days('2026-11-02', '2026-11-06', '2026-11-09'))?.date).toBe('2026-11-06');
    expect(nearestDay('2026-11-05', days('2026-11-04', '2026-11-06'))?.date).toBe('2026-11-04');
    expect(nearestDay('2026-11-05', days('2026-11-01', '2026-11-09'))).toBeUndefined();
    // Across the clocks going back (25 October in Europe), still whole days.
    expect(nearestDay('2026-10-24', days('2026-10-27'))?.date).toBe('2026-10-27');
  });
});

describe('missed days', () => {
  const written = (...dates: string[]) => new Set(dates);

  it('are the past six days with nothing written, oldest first, never today', () => {
    expect(
      missedDays('2026-12-05', written('2026-11-29', '2026-12-02', '2026-12-03', '2026-12-04'), '2026-01-01'),
    ).toEqual(['2026-11-30', '2026-12-01']);
    expect(missedDays('2026-12-05', written(), '2026-01-01')).toHaveLength(6);
  });

  it('start with the journal: nothing before its first day, nothing at all in an empty one', () => {
    expect(missedDays('2026-12-05', written('2026-12-03'), '2026-12-03')).toEqual(['2026-12-04']);
    expect(missedDays('2026-12-05', written(), null)).toEqual([]);
  });

  it('are named as a person would list them', () => {
    expect(joinWithOr(['Tuesday'])).toBe('Tuesday');
    expect(joinWithOr(['Tuesday', 'Wednesday'])).toBe('Tuesday or Wednesday');
    expect(joinWithOr(['Monday', 'Tuesday', 'Wednesday'])).toBe('Monday, Tuesday or Wednesday');
  });
});
