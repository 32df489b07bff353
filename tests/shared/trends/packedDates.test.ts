import { describe, expect, it } from 'vitest';
import { countDates, dateAt, NO_DATES, packDates, searchDates, unpackDates } from '../../../shared/trends';

describe('packed dates', () => {
  const dates = ['2026-01-05', '2026-01-07', '2026-02-01'];
  const packed = packDates(dates);

  it('round-trips and counts', () => {
    expect(countDates(packed)).toBe(3);
    expect(unpackDates(packed)).toEqual(dates);
    expect(countDates(NO_DATES)).toBe(0);
    expect(unpackDates(NO_DATES)).toEqual([]);
  });

  it('reads single dates and slices, clamped to the list', () => {
    expect(dateAt(packed, 1)).toBe('2026-01-07');
    expect(dateAt(packed, 3)).toBeUndefined();
    expect(dateAt(packed, -1)).toBeUndefined();
    expect(unpackDates(packed, 1)).toEqual(dates.slice(1));
    expect(unpackDates(packed, -5, 1)).toEqual(dates.slice(0, 1));
    expect(unpackDates(packed, 2, 99)).toEqual(dates.slice(2));
  });

  it('finds where a date is or would go', () => {
    expect(searchDates(packed, '2026-01-05')).toBe(0);
    expect(searchDates(packed, '2026-01-06')).toBe(1);
    expect(searchDates(packed, '2026-02-01')).toBe(2);
    expect(searchDates(packed, '2027-01-01')).toBe(3);
    expect(searchDates(NO_DATES, '2026-01-01')).toBe(0);
  });
});
