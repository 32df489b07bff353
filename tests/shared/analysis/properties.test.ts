import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomActivity } from '../../../shared/activities';
import { analyzePaths, type PathReport } from '../../../shared/analysis';
import { entryFixture } from '../../fixtures/entries';
import {
  CUSTOM_IDS,
  customActivity,
  customLeansArbitrary,
  entryArbitrary,
  journalArbitrary,
  NEUTRAL_IDS,
} from './arbitraries';

const RUNS = { numRuns: 150 };

/** Every number anywhere in the report, with its path, for NaN and range checks. */
function numbers(value: unknown, path = 'report'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbers(item, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => numbers(item, `${path}.${key}`));
  }
  return [];
}

function expectSaneLeans(report: PathReport): void {
  for (const figure of [report, ...report.weekly, ...report.monthly, report.trend.recent, report.trend.earlier]) {
    const [low, high] = figure.band;
    expect(low).toBeGreaterThanOrEqual(-1);
    expect(high).toBeLessThanOrEqual(1);
    expect(low).toBeLessThanOrEqual(figure.lean);
    expect(figure.lean).toBeLessThanOrEqual(high);
  }
  for (const point of [...report.weekly, ...report.monthly]) expect(Math.abs(point.smoothed)).toBeLessThanOrEqual(1);
  const [low, high] = report.trend.band;
  expect(low).toBeGreaterThanOrEqual(-2);
  expect(high).toBeLessThanOrEqual(2);
}

const swapped = (custom: readonly CustomActivity[]) =>
  custom.map((activity) =>
    customActivity(
      activity.id,
      activity.lean === 'management' ? 'architecture' : activity.lean === 'architecture' ? 'management' : 'neutral',
    ),
  );

describe('analyzePaths properties', () => {
  it('keeps every lean and band within [-1, 1] with low <= lean <= high', () => {
    fc.assert(
      fc.property(journalArbitrary(), customLeansArbitrary, (entries, custom) => {
        expectSaneLeans(analyzePaths(entries, { customActivities: custom }));
      }),
      RUNS,
    );
  });

  it('negates the lean when every activity leans to the other path', () => {
    // Only custom activities can be remapped, so these journals use them alone (plus neutral built-ins).
    const journal = fc.array(entryArbitrary([...CUSTOM_IDS, ...NEUTRAL_IDS]), { maxLength: 80 });
    fc.assert(
      fc.property(journal, customLeansArbitrary, (entries, custom) => {
        const original = analyzePaths(entries, { customActivities: custom });
        const mirrored = analyzePaths(entries, { customActivities: swapped(custom) });
        expect(mirrored.lean + original.lean).toBe(0);
        expect(mirrored.band[0]).toBeCloseTo(-original.band[1], 9);
        expect(mirrored.band[1]).toBeCloseTo(-original.band[0], 9);
        const mirror = { management: 'architecture', architecture: 'management' } as const;
        const status = original.status === 'management' || original.status === 'architecture';
        expect(mirrored.status).toBe(status ? mirror[original.status as keyof typeof mirror] : original.status);
      }),
      RUNS,
    );
  });

  it('leaves the lean unchanged when neutral activities are added', () => {
    const extra = fc.array(fc.tuple(fc.constantFrom(...NEUTRAL_IDS), fc.constantFrom(-2, -1, 0, 1, 2 as const)));
    fc.assert(
      fc.property(journalArbitrary(), extra, (entries, additions) => {
        const withNeutral = entries.map((entry, i) => {
          const [id, feel] = additions[i % Math.max(1, additions.length)] ?? ['coding', 0];
          if (entry.activities.some((activity) => activity.id === id)) return entry;
          return { ...entry, activities: [...entry.activities, { id, feel }] };
        });
        const before = analyzePaths(entries);
        const after = analyzePaths(withNeutral);
        expect(after.lean).toBe(before.lean);
        expect(after.band).toEqual(before.band);
        // A neutral activity can give a day with no signal its first one, so the weeks may start earlier or end
        // later; every week seen before keeps its lean, and a week added has no path work to lean on.
        const weeksBefore = new Map(before.weekly.map((week) => [week.key, week]));
        const weeksAfter = new Map(after.weekly.map((week) => [week.key, week]));
        for (const [key, week] of weeksBefore) expect(weeksAfter.get(key)?.lean, key).toBe(week.lean);
        for (const [key, week] of weeksAfter) if (!weeksBefore.has(key)) expect(week.pathEntries, key).toBe(0);
      }),
      { ...RUNS, examples: [[[entryFixture('2025-06-01')], [['coding', 0]]]] },
    );
  });

  it('does not depend on the order of the entries', () => {
    fc.assert(
      fc.property(journalArbitrary(), fc.integer(), (entries, seed) => {
        const shuffled = [...entries];
        // A seeded Fisher-Yates shuffle, so a failure replays exactly.
        let state = seed;
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          state = (Math.imul(state, 1103515245) + 12345) | 0;
          const j = (state >>> 0) % (i + 1);
          [shuffled[i], shuffled[j]] = [
            shuffled[j] as (typeof shuffled)[number],
            shuffled[i] as (typeof shuffled)[number],
          ];
        }
        expect(analyzePaths(shuffled)).toEqual(analyzePaths(entries));
        expect(analyzePaths([...entries].reverse())).toEqual(analyzePaths(entries));
      }),
      RUNS,
    );
  });

  it('never throws or yields NaN on empty, single-entry or degenerate input', () => {
    const degenerate = fc.oneof(
      fc.constant([]),
      journalArbitrary(1),
      journalArbitrary(40, 0), // every entry on the same day
      fc.array(fc.constant(entryFixture('2026-03-02')), { maxLength: 20 }), // no signal at all
      fc.array(fc.constant(entryFixture('2026-03-02', { dayKind: 'bad', activities: [{ id: 'hiring', feel: -2 }] })), {
        maxLength: 30,
      }),
    );
    const options = fc.record(
      {
        from: fc.constantFrom('2025-01-01', '2026-03-02', '2030-01-01', 'not a date'),
        to: fc.constantFrom('2024-01-01', '2026-03-02', '2030-01-01'),
        now: fc.constantFrom('2020-01-01', '2026-03-02', '2031-12-31'),
        thresholds: fc.record(
          {
            minEntries: fc.constantFrom(0, -5, Number.NaN, 1e9),
            priorActivities: fc.constantFrom(0, -1, Number.POSITIVE_INFINITY, 0.5),
            priorSpread: fc.constantFrom(0, Number.NaN, 10),
            bandLevel: fc.constantFrom(0, 1, 0.5, Number.NaN),
            trendWeeks: fc.constantFrom(0, 1, 1000),
            smoothingWeeks: fc.constantFrom(0, 1, 1000),
            maxDrivers: fc.constantFrom(-1, 0, 3),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(degenerate, options, (entries, chosen) => {
        const report = analyzePaths(entries, chosen);
        for (const [path, value] of numbers(report)) expect(Number.isFinite(value), path).toBe(true);
        expectSaneLeans(report);
      }),
      RUNS,
    );
  });
});
