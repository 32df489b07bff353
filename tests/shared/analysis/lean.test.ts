import { describe, expect, it } from 'vitest';
import { estimateLean, LeanMoments, leanOf } from '../../../shared/analysis/lean';
import { DEFAULT_THRESHOLDS } from '../../../shared/analysis/options';

/** Days as (a, na, m, nm): architecture feel sum and count, management feel sum and count. */
const DAYS: readonly (readonly [number, number, number, number])[] = [
  [3, 2, -1, 1],
  [0, 0, -2, 2],
  [2, 1, 0, 0],
  [-1, 1, 1, 1],
  [4, 2, -3, 2],
  [0, 1, 2, 1],
];

function momentsOf(days: typeof DAYS): LeanMoments {
  const moments = new LeanMoments();
  for (const [a, na, m, nm] of days) moments.addDay(a, na, m, nm);
  return moments;
}

describe('the lean’s standard error', () => {
  it('is the delta method’s: the spread of each day’s influence, from the lean’s numerical gradient', () => {
    const t = { ...DEFAULT_THRESHOLDS, priorSpread: 0 };
    const moments = momentsOf(DAYS);
    const base = leanOf(moments, t);
    const step = 1e-6;
    const slope = (field: 'a' | 'na' | 'm' | 'nm') => {
      const nudged = new LeanMoments().add(moments);
      nudged[field] += step;
      return (leanOf(nudged, t) - base) / step;
    };
    const gradient = [slope('a'), slope('na'), slope('m'), slope('nm')];
    const influence = DAYS.map((day) => day.reduce((sum, value, i) => sum + value * (gradient[i] ?? 0), 0));
    const mean = influence.reduce((sum, value) => sum + value, 0) / influence.length;
    const variance =
      (influence.reduce((sum, value) => sum + (value - mean) ** 2, 0) * influence.length) / (influence.length - 1);
    expect(estimateLean(moments, t).se).toBeCloseTo(Math.sqrt(variance), 5);
  });

  it('is floored by priorSpread, so a record that never varies is not taken as certain', () => {
    const uniform = momentsOf([
      [2, 1, -2, 1],
      [2, 1, -2, 1],
      [2, 1, -2, 1],
    ]);
    expect(estimateLean(uniform, { ...DEFAULT_THRESHOLDS, priorSpread: 0 }).se).toBe(0);
    expect(estimateLean(uniform, DEFAULT_THRESHOLDS).se).toBeGreaterThan(0.1);
  });
});
