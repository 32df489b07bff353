import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../../../shared/analysis';
import { assessReadiness, moreDaysForClearRead, paceOf } from '../../../shared/analysis/readiness';
import { shiftDate } from '../../../shared/dates';
import type { Entry, Feel } from '../../../shared/entry';
import { entryFixture } from '../../fixtures/entries';
import { simulateJournal } from '../../fixtures/journal';

const START = '2026-03-02';
const day = (offset: number) => shiftDate(START, offset);
const PACE_OPTIONS = { trendWeeks: 6, customActivities: [] };

function readinessOf(entries: readonly Entry[], today: string, decisionDate: string) {
  const report = analyzePaths(entries, { now: today });
  const pace = paceOf(entries, today, entries[0]?.date ?? null, PACE_OPTIONS);
  return assessReadiness(report, pace, decisionDate, today);
}

describe('moreDaysForClearRead', () => {
  it('scales the days behind the band by the square of its half-width over the lean', () => {
    // Half-width 0.3 around a lean of 0.2 over 20 days: 20 × 1.5² = 45 days in all, so 25 more.
    expect(moreDaysForClearRead(0.2, [-0.1, 0.5], 20)).toBe(25);
    expect(moreDaysForClearRead(-0.2, [-0.5, 0.1], 20)).toBe(25);
  });

  it('needs nothing when the band is clear of zero, and says nothing for a near-even or far-off lean', () => {
    expect(moreDaysForClearRead(0.3, [0.05, 0.55], 30)).toBe(0);
    expect(moreDaysForClearRead(0.01, [-0.2, 0.22], 30)).toBeNull();
    // 20 × 6² = 720 days in all: past four times the 20 written, so no estimate.
    expect(moreDaysForClearRead(0.05, [-0.25, 0.35], 20)).toBeNull();
    expect(moreDaysForClearRead(0.3, [-1, 1], 1)).toBeNull();
  });
});

describe('paceOf', () => {
  it('reads the pace over the trend’s weeks, or since the first entry, but never over less than a week', () => {
    const everyOtherDay = Array.from({ length: 60 }, (_, i) =>
      entryFixture(day(i * 2), {
        activities: i % 3 ? [{ id: 'design-doc', feel: 1 }] : [{ id: 'one-on-ones', feel: 1 }],
      }),
    );
    const today = day(119);
    const pace = paceOf(everyOtherDay, today, day(0), PACE_OPTIONS);
    expect(pace).toMatchObject({ from: day(78), to: today, days: 42, entries: 21, pathEntries: 21 });
    expect(pace.managementEntries + pace.architectureEntries).toBe(21);

    const young = paceOf(everyOtherDay.slice(0, 2), day(2), day(0), PACE_OPTIONS);
    expect(young).toMatchObject({ days: 7, entries: 2 });
    expect(paceOf([], day(2), null, PACE_OPTIONS)).toMatchObject({ days: 7, entries: 0 });
  });
});

describe('assessReadiness', () => {
  const daily = (count: number, feels: (i: number) => [Feel, Feel]) =>
    Array.from({ length: count }, (_, i) => {
      const [architecture, management] = feels(i);
      return entryFixture(day(i), {
        dayKind: 'mixed',
        activities: [
          { id: 'design-doc', feel: architecture },
          { id: 'one-on-ones', feel: management },
        ],
      });
    });

  it('turns the minimums still missing into days at the user’s pace, and compares them with the days left', () => {
    const entries = daily(3, () => [1, 0]);
    const inTime = readinessOf(entries, day(2), day(30));
    expect(inTime.daysLeft).toBe(28);
    expect(inTime.needs.slice(0, 3)).toEqual([
      // Three days a week so far (3 in the 7 days the pace is read over).
      { kind: 'entries', more: 7, days: Math.ceil(7 / (3 / 7)) },
      { kind: 'management', more: 2, days: Math.ceil(2 / (3 / 7)) },
      { kind: 'architecture', more: 2, days: Math.ceil(2 / (3 / 7)) },
    ]);
    expect(inTime.status).toBe(inTime.daysNeeded !== null && inTime.daysNeeded <= 28 ? 'in-time' : 'not-in-time');
    expect(inTime.daysNeeded).toBeGreaterThanOrEqual(17);
    expect(readinessOf(entries, day(2), day(10)).status).toBe('not-in-time');
    expect(readinessOf(entries, day(2), day(1))).toMatchObject({ status: 'passed', daysLeft: -1 });
  });

  it('has no pace for a kind of work that is never logged', () => {
    const peopleOnly = Array.from({ length: 20 }, (_, i) =>
      entryFixture(day(i), { dayKind: 'good', activities: [{ id: 'one-on-ones', feel: 2 }] }),
    );
    const readiness = readinessOf(peopleOnly, day(19), day(60));
    expect(readiness.status).toBe('no-pace');
    expect(readiness.needs).toContainEqual({ kind: 'architecture', more: 5, days: Infinity });
  });

  it('says the read is clear already, and how many days a lean that holds needs otherwise', () => {
    const clear = simulateJournal({ seed: 4, days: 56, truth: () => ({ management: -1, architecture: 1 }) });
    const today = clear.at(-1)?.date ?? '';
    expect(readinessOf(clear, today, shiftDate(today, 14))).toMatchObject({ status: 'clear', needs: [] });

    const cycle = (feels: readonly Feel[], i: number): Feel => feels[i % feels.length] ?? 0;
    const subtle = daily(24, (i) => [cycle([2, 0, -1, 1], i), cycle([1, -1, 0], i)]);
    const readiness = readinessOf(subtle, day(23), day(200));
    const report = analyzePaths(subtle, { now: day(23) });
    expect(report.status).toBe('unclear');
    const more = moreDaysForClearRead(report.lean, report.band, report.evidence.pathEntries);
    expect(more).toBeGreaterThan(0);
    expect(readiness.needs).toEqual([{ kind: 'lean', more, days: more }]);
    expect(readiness).toMatchObject({ status: 'in-time', assumesLeanHolds: true, leanOpen: false, daysNeeded: more });
    expect(readiness.halfWidthByThen).toBeLessThan((report.band[1] - report.band[0]) / 2);
  });

  it('cannot say how long a lean that is even needs, once the minimums are met', () => {
    const even = daily(30, (i) => [(i % 2 ? 1 : -1) as Feel, (i % 2 ? -1 : 1) as Feel]);
    const readiness = readinessOf(even, day(29), day(60));
    expect(readiness).toMatchObject({ status: 'even', needs: [], leanOpen: true, daysNeeded: null });
  });
});
