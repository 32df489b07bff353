import { describe, expect, it } from 'vitest';
import type { PeriodPoint } from '../../../shared/analysis';
import {
  countDates,
  granularityFor,
  NO_DATES,
  MAX_WEEKLY_POINTS,
  periodRows,
  periodTitle,
} from '../../../shared/trends';

const point = (key: string, from: string, pathEntries: number, overrides: Partial<PeriodPoint> = {}): PeriodPoint => ({
  key,
  from,
  to: from,
  lean: 0,
  band: [-1, 1],
  smoothed: 0,
  entries: pathEntries,
  pathEntries,
  managementEntries: pathEntries,
  architectureEntries: pathEntries,
  good: 0,
  mixed: 0,
  bad: 0,
  dates: [],
  ...overrides,
});

describe('period rows', () => {
  it('leaves gaps where a period had no path work, and starts the smoothed line with the first path work', () => {
    const rows = periodRows(
      [
        point('2026-W40', '2026-09-28', 0, { entries: 2, good: 1, dates: ['2026-09-29', '2026-09-30'] }),
        point('2026-W41', '2026-10-05', 3, { lean: 0.4, band: [0.1, 0.7], smoothed: 0.4, good: 2, bad: 1 }),
        point('2026-W42', '2026-10-12', 0, { smoothed: 0.4 }),
      ],
      'week',
      2,
    );
    expect(rows.map((row) => [row.lean, row.band, row.smoothed])).toEqual([
      [null, null, null],
      [0.4, [0.1, 0.7], 0.4],
      [null, null, 0.4],
    ]);
    expect(rows[0]).toMatchObject({ label: '28 Sept', unrated: 1, good: 1 });
    expect(countDates(rows[0]?.dates ?? NO_DATES)).toBe(2);
  });

  it('gives a period with only one kind of work no lean, and the smoothed line only while both are in its window', () => {
    const rows = periodRows(
      [
        point('2026-W41', '2026-10-05', 3, { architectureEntries: 0, lean: 0, band: [-0.3, 0.3] }),
        point('2026-W42', '2026-10-12', 2, { lean: 0.2, band: [-0.1, 0.5], smoothed: 0.2 }),
        point('2026-W43', '2026-10-19', 4, { managementEntries: 0, smoothed: 0.1 }),
        point('2026-W44', '2026-10-26', 4, { managementEntries: 0, smoothed: 0 }),
      ],
      'week',
      2,
    );
    expect(rows.map((row) => [row.lean, row.band, row.smoothed])).toEqual([
      [null, null, null],
      [0.2, [-0.1, 0.5], 0.2],
      [null, null, 0.1],
      [null, null, null],
    ]);
    expect(rows[0]).toMatchObject({ managementEntries: 3, architectureEntries: 0 });
  });

  it('drops the smoothed line once its window has no path work left', () => {
    const rows = periodRows(
      [point('2026-W41', '2026-10-05', 3), point('2026-W42', '2026-10-12', 0), point('2026-W43', '2026-10-19', 0)],
      'week',
      2,
    );
    expect(rows.map((row) => row.smoothed)).toEqual([0, 0, null]);
  });

  it('can leave the dates out, and labels months by name', () => {
    const [row] = periodRows([point('2026-10', '2026-10-01', 1, { dates: ['2026-10-02'] })], 'month', 3, false);
    if (!row) throw new Error('No row.');
    expect(row).toMatchObject({ label: 'Oct 2026' });
    expect(countDates(row.dates)).toBe(0);
    expect(periodTitle(row)).toBe('October 2026');
    expect(periodTitle({ key: '2026-W41', from: '2026-10-05' })).toBe('Week of Mon, 5 Oct 2026');
  });

  it('switches to months past two years of weeks', () => {
    expect(granularityFor(MAX_WEEKLY_POINTS)).toBe('week');
    expect(granularityFor(MAX_WEEKLY_POINTS + 1)).toBe('month');
  });
});
