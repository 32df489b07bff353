import { describe, expect, it } from 'vitest';
import { pixelAt, pixelDays, pixelYears, yearGrid } from '../../../shared/trends';
import { badDay, entryFixture, goodDay } from '../../fixtures/entries';

describe('year in pixels', () => {
  // Out of order on purpose: entries may come in any order.
  const days = pixelDays([
    badDay('2024-02-29', { energy: null }),
    goodDay('2022-12-31'),
    entryFixture('2024-03-01', { notes: 'Only notes.' }),
  ]);

  it('packs kind and energy per day, oldest first', () => {
    expect(days.kinds).toBe('GB ');
    expect(days.energies).toBe('4  ');
    expect(pixelAt(days, '2024-02-29')).toEqual({ date: '2024-02-29', kind: 'bad', energy: null });
    expect(pixelAt(days, '2022-12-31')).toEqual({ date: '2022-12-31', kind: 'good', energy: 4 });
    expect(pixelAt(days, '2024-03-01')).toEqual({ date: '2024-03-01', kind: null, energy: null });
    expect(pixelAt(days, '2024-03-02')).toBeUndefined();
  });

  it('lists every year between the first and last day, newest first', () => {
    expect(pixelYears(days)).toEqual([2024, 2023, 2022]);
    expect(pixelYears(pixelDays([]))).toEqual([]);
  });

  it('lays a year out as its real days, month by month', () => {
    const grid = yearGrid(2024, days);
    expect(grid.map((month) => month.cells.length)).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    const written = grid.flatMap((month) => month.cells.filter((cell) => cell.written));
    expect(written).toEqual([
      { date: '2024-02-29', day: 29, written: true, kind: 'bad', energy: null },
      { date: '2024-03-01', day: 1, written: true, kind: null, energy: null },
    ]);
    expect(
      yearGrid(2023, days)
        .flatMap((month) => month.cells)
        .some((cell) => cell.written),
    ).toBe(false);
  });
});
