import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../../../shared/analysis';
import { generateJournal, type Persona } from '../../fixtures/journal';

const EIGHT_WEEKS = 56;
const seeds = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const report = (persona: Persona, days: number, seed: number) => analyzePaths(generateJournal({ seed, days, persona }));

describe('persona journals with known answers', () => {
  it('finds architecture, with a band clear of zero, for someone energised by design and drained by people work', () => {
    for (const seed of seeds(20)) {
      const result = report('architect', EIGHT_WEEKS, seed);
      expect(result.status, `seed ${seed}`).toBe('architecture');
      expect(result.band[0], `seed ${seed}`).toBeGreaterThan(0);
      expect(result.evidence.architecture.meanFeel ?? 0).toBeGreaterThan(result.evidence.management.meanFeel ?? 0);
    }
  });

  it('finds management, with a band clear of zero, for the reverse', () => {
    for (const seed of seeds(20)) {
      const result = report('manager', EIGHT_WEEKS, seed);
      expect(result.status, `seed ${seed}`).toBe('management');
      expect(result.band[1], `seed ${seed}`).toBeLessThan(0);
    }
  });

  it('calls random feelings unclear in at least 95% of journals', () => {
    const runs = seeds(200).map((seed) => report('random', EIGHT_WEEKS, seed));
    const falseLeans = runs.filter((result) => result.status === 'management' || result.status === 'architecture');
    expect(falseLeans.length).toBeLessThan(200 * 0.05);
    expect(runs.every((result) => result.status !== 'too-early')).toBe(true);
  });

  it('calls random feelings unclear over half a year too, and sees no trend in them', () => {
    const runs = seeds(100).map((seed) => report('random', 182, seed));
    expect(runs.filter((result) => result.status !== 'unclear').length).toBeLessThan(5);
    expect(runs.filter((result) => result.trend.direction !== 'unclear').length).toBeLessThan(5);
  });

  it('reports someone who flips halfway as moving toward the new path', () => {
    for (const seed of seeds(20)) {
      const result = report('flipper', 112, seed);
      expect(result.trend.direction, `seed ${seed}`).toBe('toward-architecture');
      expect(result.trend.band[0]).toBeGreaterThan(0);
      expect(result.trend.recent.lean).toBeGreaterThan(result.trend.earlier.lean);
      // The series shows the flip too: management early on, architecture at the end.
      expect(result.weekly.at(1)?.smoothed).toBeLessThan(0);
      expect(result.weekly.at(-1)?.smoothed).toBeGreaterThan(0);
    }
  });

  it('sees no movement in someone whose preference holds steady', () => {
    for (const seed of seeds(10)) expect(report('architect', 112, seed).trend.direction).toBe('unclear');
  });

  it('says too early with only 5 entries, even when they are one-sided', () => {
    const result = report('architect', 5, 1);
    expect(result.evidence.entries).toBe(5);
    expect(result.status).toBe('too-early');
  });

  it('calls a journal of neutral activities only unclear, with a full-width band', () => {
    for (const seed of seeds(5)) {
      const result = report('neutral-only', EIGHT_WEEKS, seed);
      expect(result.status).toBe('unclear');
      expect(result.lean).toBe(0);
      expect(result.band).toEqual([-1, 1]);
      expect(result.evidence.pathEntries).toBe(0);
    }
  });
});
