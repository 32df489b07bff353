import { format, isValid, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromLocalDate, isLocalDate, shiftDate, toLocalDate } from '../../shared/dates';

/** A 'YYYY-MM-DD' string, real or not: months 0-13 and days 0-32 so impossible ones turn up often. */
const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** date-fns' own answer: parse, then check it formats back to the same text. */
const realByDateFns = (value: string) => {
  const parsed = parseISO(value);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
};

describe('local dates', () => {
  it('calls a date real exactly when date-fns does', () => {
    fc.assert(
      fc.property(dateLike, (value) => {
        expect(isLocalDate(value)).toBe(realByDateFns(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('refuses impossible days and anything not written YYYY-MM-DD', () => {
    for (const value of [
      '0000-01-01',
      '2026-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      ' 2026-01-01',
      '',
    ])
      expect(isLocalDate(value)).toBe(false);
    expect(isLocalDate('2024-02-29')).toBe(true);
  });

  it('reads a real date as local midnight of that day, as date-fns does', () => {
    fc.assert(
      fc.property(dateLike.filter(realByDateFns), (value) => {
        expect(fromLocalDate(value).getTime()).toBe(parseISO(value).getTime());
        expect(toLocalDate(fromLocalDate(value))).toBe(value);
      }),
    );
  });

  it('gives an invalid Date for an impossible day', () => {
    expect(Number.isNaN(fromLocalDate('2026-02-30').getTime())).toBe(true);
  });

  it('shifts across month, year and leap-day edges', () => {
    expect(shiftDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDate('2025-12-31', 1)).toBe('2026-01-01');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
  });
});
