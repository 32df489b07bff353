import { describe, expect, it } from 'vitest';
import { normalQuantile, tQuantile, wilsonBand } from '../../../shared/analysis/stats';

describe('quantiles', () => {
  it('match published normal quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('match published t quantiles within 1%', () => {
    const table: [number, number, number][] = [
      [0.975, 1, 12.7062],
      [0.975, 2, 4.3027],
      [0.975, 3, 3.1824],
      [0.975, 10, 2.2281],
      [0.995, 3, 5.8409],
      [0.995, 5, 4.0321],
      [0.995, 30, 2.75],
    ];
    for (const [p, df, expected] of table)
      expect(Math.abs(tQuantile(p, df) / expected - 1), `${p} ${df}`).toBeLessThan(0.01);
  });

  it('are infinite without degrees of freedom, so the band covers everything', () => {
    expect(tQuantile(0.995, 0)).toBe(Infinity);
    expect(tQuantile(0.995, Number.NaN)).toBe(Infinity);
  });
});

describe('wilsonBand', () => {
  it('stays inside [0, 1] and around the observed rate', () => {
    const [low, high] = wilsonBand(9, 10, 1.96);
    expect(low).toBeGreaterThan(0.5);
    expect(low).toBeLessThan(0.9);
    expect(high).toBeGreaterThan(0.9);
    expect(high).toBeLessThanOrEqual(1);
    expect(wilsonBand(0, 5, 1.96)[0]).toBe(0);
    expect(wilsonBand(0, 0, 1.96)).toEqual([0, 1]);
  });
});
