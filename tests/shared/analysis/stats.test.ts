import { describe, expect, it } from 'vitest';
import { differenceBand, normalQuantile, tQuantile, wilsonBand } from '../../../shared/analysis/stats';

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

describe('differenceBand', () => {
  it('matches the worked examples of Newcombe (1998), method 10, at 95%', () => {
    const table: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
    ];
    for (const [h1, n1, h2, n2, low, high] of table) {
      const band = differenceBand(h1, n1, h2, n2, 1.959964);
      expect(band[0], `${h1}/${n1} - ${h2}/${n2}`).toBeCloseTo(low, 3);
      expect(band[1], `${h1}/${n1} - ${h2}/${n2}`).toBeCloseTo(high, 3);
    }
  });

  it('covers everything when either side has no trials, and stays inside [-1, 1]', () => {
    expect(differenceBand(0, 0, 3, 5, 2.8)).toEqual([-1, 1]);
    const [low, high] = differenceBand(5, 5, 0, 5, 2.8);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThanOrEqual(1);
  });
});
