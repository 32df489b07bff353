import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../../../shared/analysis';
import { shiftDate } from '../../../shared/dates';
import type { Entry } from '../../../shared/entry';
import { badDay, entryFixture, goodDay } from '../../fixtures/entries';
import { customActivity } from './arbitraries';

const MONDAY = '2026-03-02';
const day = (offset: number) => shiftDate(MONDAY, offset);
const withActivities = (date: string, activities: Entry['activities'], overrides: Partial<Entry> = {}) =>
  entryFixture(date, { dayKind: 'mixed', activities, ...overrides });

describe('the lean and its evidence', () => {
  it('is the gap between mean feels, each pulled toward the mean of both, divided by 4', () => {
    const report = analyzePaths([
      withActivities(day(0), [
        { id: 'design-doc', feel: 2 },
        { id: 'one-on-ones', feel: -2 },
      ]),
      withActivities(day(1), [{ id: 'design-doc', feel: 1 }]),
    ]);
    // All three path activities average 1/3. Architecture: (3 + 4 × 1/3) over 2 + 4 activities = 0.7222…;
    // management: (-2 + 4 × 1/3) over 1 + 4 = -0.1333….
    expect(report.lean).toBeCloseTo(((3 + 4 / 3) / 6 - (-2 + 4 / 3) / 5) / 4, 12);
    expect(report.status).toBe('too-early');
    expect(report.evidence).toEqual({
      entries: 2,
      pathEntries: 2,
      management: { entries: 1, activities: 1, meanFeel: -2, unrated: 0 },
      architecture: { entries: 2, activities: 2, meanFeel: 1.5, unrated: 0 },
      dates: [day(0), day(1)],
    });
  });

  it('leaves unrated activities out of the lean and its counts, and says how many there were', () => {
    const rated = [
      withActivities(day(0), [
        { id: 'design-doc', feel: 2 },
        { id: 'one-on-ones', feel: -2 },
      ]),
      withActivities(day(1), [{ id: 'design-doc', feel: 1 }]),
    ];
    const withUnrated = [
      withActivities(day(0), [
        { id: 'design-doc', feel: 2 },
        { id: 'one-on-ones', feel: -2 },
        { id: 'hiring', feel: null },
      ]),
      withActivities(day(1), [
        { id: 'design-doc', feel: 1 },
        { id: 'spike', feel: null },
        { id: 'coding', feel: null },
      ]),
      // A day whose only path work is unrated is not a day with path work.
      withActivities(day(2), [{ id: 'one-on-ones', feel: null }]),
    ];
    const before = analyzePaths(rated);
    const after = analyzePaths(withUnrated);
    expect(after.lean).toBe(before.lean);
    expect(after.band).toEqual(before.band);
    expect(after.evidence).toEqual({
      entries: 3,
      pathEntries: 2,
      management: { entries: 1, activities: 1, meanFeel: -2, unrated: 2 },
      architecture: { entries: 2, activities: 2, meanFeel: 1.5, unrated: 1 },
      dates: [day(0), day(1)],
    });
  });

  it('counts a custom activity toward the path the user mapped it to, and unknown ids as neutral', () => {
    const entries = [
      withActivities(day(0), [
        { id: 'custom-whiteboard', feel: 2 },
        { id: 'one-on-ones', feel: 0 },
      ]),
    ];
    expect(analyzePaths(entries).lean).toBe(0);
    const mapped = analyzePaths(entries, { customActivities: [customActivity('custom-whiteboard', 'architecture')] });
    // Both sides pulled toward their shared mean of 1: (2 + 4) / 5 against (0 + 4) / 5.
    expect(mapped.lean).toBeCloseTo((6 / 5 - 4 / 5) / 4, 12);
  });

  it('ignores entries that carry only notes, and those outside the range or after now', () => {
    const entries = [
      entryFixture(day(0), { notes: 'Just words today.' }),
      goodDay(day(1)),
      goodDay(day(2)),
      goodDay(day(9)),
    ];
    expect(analyzePaths(entries).evidence.entries).toBe(3);
    const ranged = analyzePaths(entries, { from: day(2), now: day(5) });
    expect(ranged.evidence.dates).toEqual([day(2)]);
    expect(ranged.range).toEqual({ from: day(2), to: day(2), now: day(5) });
  });

  it('needs minEntries days and minSideEntries days of each kind of work before calling a path', () => {
    const architectDays = Array.from({ length: 12 }, (_, i) =>
      withActivities(day(i), [
        { id: 'design-doc', feel: 2 },
        { id: i < 6 ? 'one-on-ones' : 'coding', feel: -2 },
      ]),
    );
    expect(analyzePaths(architectDays).status).toBe('architecture');
    expect(analyzePaths(architectDays, { thresholds: { minSideEntries: 7 } }).status).toBe('unclear');
    expect(analyzePaths(architectDays, { thresholds: { minEntries: 13 } }).status).toBe('too-early');
  });
});

describe('weekly and monthly series', () => {
  const entries = [goodDay(day(0)), badDay(day(1)), goodDay(day(15)), entryFixture(day(16), { dayKind: 'mixed' })];
  const report = analyzePaths(entries);

  it('has one point per ISO week, empty weeks included, with the dates behind each', () => {
    expect(report.weekly.map((week) => [week.key, week.from, week.to, week.entries])).toEqual([
      ['2026-W10', '2026-03-02', '2026-03-08', 2],
      ['2026-W11', '2026-03-09', '2026-03-15', 0],
      ['2026-W12', '2026-03-16', '2026-03-22', 2],
    ]);
    const [first, empty, last] = report.weekly;
    expect(first).toMatchObject({ good: 1, bad: 1, mixed: 0, pathEntries: 2, dates: [day(0), day(1)] });
    expect(empty).toMatchObject({ lean: 0, band: [-1, 1], pathEntries: 0, dates: [] });
    expect(last).toMatchObject({ good: 1, mixed: 1, bad: 0, pathEntries: 1, dates: [day(15), day(16)] });
  });

  it('has one point per month', () => {
    const spread = analyzePaths([goodDay('2026-01-30'), goodDay('2026-03-02')]);
    expect(spread.monthly.map((month) => [month.key, month.from, month.to, month.entries])).toEqual([
      ['2026-01', '2026-01-01', '2026-01-31', 1],
      ['2026-02', '2026-02-01', '2026-02-28', 0],
      ['2026-03', '2026-03-01', '2026-03-31', 1],
    ]);
  });

  it('smooths each week over the trailing weeks', () => {
    const smoothed = analyzePaths(entries, { thresholds: { smoothingWeeks: 1 } });
    expect(smoothed.weekly.map((week) => week.smoothed)).toEqual(smoothed.weekly.map((week) => week.lean));
    const wide = analyzePaths(entries, { thresholds: { smoothingWeeks: 3 } });
    expect(wide.weekly.at(-1)?.smoothed).toBeCloseTo(wide.lean, 12);
  });
});

describe('drivers', () => {
  // Ten rated days: design work on the five good ones, hiring on the five bad ones, coding on all.
  const entries = Array.from({ length: 10 }, (_, i) =>
    withActivities(
      day(i),
      [
        { id: i < 5 ? 'design-doc' : 'hiring', feel: i < 5 ? 2 : -1 },
        { id: 'coding', feel: 0 },
        ...(i === 0 ? [{ id: 'spike' as const, feel: 2 as const }] : []),
      ],
      { dayKind: i < 5 ? 'good' : 'bad' },
    ),
  );
  const { drivers } = analyzePaths(entries);

  it('lists activities whose days went unusually well or badly, with counts, lift and dates', () => {
    expect(drivers.baseline).toEqual({ entries: 10, good: 5, mixed: 0, bad: 5 });
    expect(drivers.good).toEqual([
      {
        activity: 'design-doc',
        label: 'Design doc',
        lean: 'architecture',
        entries: 5,
        good: 5,
        mixed: 0,
        bad: 0,
        goodLift: 2,
        badLift: 0,
        // Six comparisons are made (three activities with enough days, good and bad); the bands widen for them.
        goodBand: [expect.closeTo(0.52, 2), 1],
        badBand: [0, expect.closeTo(0.48, 2)],
        meanFeel: 2,
        dates: [day(0), day(1), day(2), day(3), day(4)],
      },
    ]);
    expect(drivers.bad.map((driver) => [driver.activity, driver.badLift, driver.meanFeel])).toEqual([
      ['hiring', 2, -1],
    ]);
  });

  it('leaves out activities without enough days or without a lift', () => {
    const listed = [...drivers.good, ...drivers.bad].map((driver) => driver.activity);
    expect(listed).not.toContain('spike'); // one day only
    expect(listed).not.toContain('coding'); // on every day, so a lift of 1
    expect(analyzePaths(entries, { thresholds: { driverMinSupport: 6 } }).drivers.good).toEqual([]);
  });
});

describe('the worst-hour test, timing and highlights', () => {
  const entries = [
    badDay(day(0), { worstDay: { management: 'no', architecture: 'yes' } }),
    badDay(day(1), { worstDay: { management: 'unsure', architecture: 'yes' } }),
    badDay(day(2), { worstDay: { management: null, architecture: 'no' }, timing: 'framing' }),
    goodDay(day(3), { worstDay: { management: 'yes', architecture: null } }),
    goodDay(day(35), { timing: 'executing', highlight: { kind: 'team-moving', text: '' } }),
  ];
  const report = analyzePaths(entries);

  it('counts worst-hour answers on bad days only: yes, not sure and no, each with its band and days', () => {
    expect(report.worstDay.badDays).toBe(3);
    expect(report.worstDay.dates).toEqual([day(0), day(1), day(2)]);
    const { management, architecture } = report.worstDay;
    expect(management).toMatchObject({
      answered: 2,
      yes: { count: 0, rate: 0, dates: [] },
      unsure: { count: 1, rate: 0.5, dates: [day(1)] },
      no: { count: 1, rate: 0.5, dates: [day(0)] },
      verdict: null,
    });
    expect(architecture).toMatchObject({ answered: 3, yes: { count: 2 }, no: { count: 1, dates: [day(2)] } });
    expect(architecture.yes.rate).toBeCloseTo(2 / 3, 12);
    for (const share of [architecture.yes, architecture.unsure, architecture.no]) {
      expect(share.band[0]).toBeLessThanOrEqual(share.rate ?? 0);
      expect(share.band[1]).toBeGreaterThanOrEqual(share.rate ?? 1);
    }
    expect(architecture.dates).toEqual([day(0), day(1), day(2)]);
  });

  it('gives a role a verdict only when one answer’s whole band lies above one half', () => {
    const noDays = Array.from({ length: 16 }, (_, i) =>
      badDay(day(i), { worstDay: { management: i < 14 ? 'no' : 'yes', architecture: i % 2 ? 'yes' : 'no' } }),
    );
    const { management, architecture } = analyzePaths(noDays).worstDay;
    expect(management.verdict).toBe('no');
    expect(management.no.band[0]).toBeGreaterThan(0.5);
    expect(architecture.verdict).toBeNull();
  });

  it('gives the good-day rate per conversation stage', () => {
    const byStage = Object.fromEntries(report.timing.map((row) => [row.stage, row]));
    expect(byStage.framing).toMatchObject({ entries: 2, good: 1, bad: 1, goodRate: 0.5, dates: [day(2), day(3)] });
    expect(byStage.shaping).toMatchObject({ entries: 0, goodRate: null, band: [0, 1], dates: [] });
    expect(byStage.executing).toMatchObject({ entries: 3, good: 1, bad: 2 });
  });

  it('counts highlight kinds overall and per month', () => {
    const counts = Object.fromEntries(report.highlights.kinds.map((kind) => [kind.kind, [kind.count, kind.dates]]));
    expect(counts['design-clicked']).toEqual([1, [day(3)]]);
    expect(counts['team-moving']).toEqual([1, [day(35)]]);
    expect(counts['shipped']).toEqual([0, []]);
    expect(report.highlights.monthly).toEqual([
      { key: '2026-03', total: 1, counts: { 'design-clicked': 1 } },
      { key: '2026-04', total: 1, counts: { 'team-moving': 1 } },
    ]);
  });
});

describe('trend windows', () => {
  it('is too early when either window has too few days with path work', () => {
    const report = analyzePaths([goodDay(day(0)), goodDay(day(1))]);
    expect(report.trend.direction).toBe('too-early');
    expect(report.trend.band).toEqual([-2, 2]);
    // The recent window is the 42 days ending with the last day written.
    expect(report.trend.recent).toMatchObject({ from: shiftDate(day(1), -41), to: day(1), dates: [day(0), day(1)] });
    expect(report.trend.earlier).toMatchObject({ from: shiftDate(day(1), -83), to: shiftDate(day(1), -42) });
    expect(report.trend.spansBoth).toBe(false);
  });

  it('ends at the last day written, not at now, so a later look changes nothing', () => {
    const entries = [goodDay(day(0)), goodDay(day(20))];
    const atOnce = analyzePaths(entries);
    const later = analyzePaths(entries, { now: day(100) });
    expect(later.range.now).toBe(day(100));
    expect(later.trend).toEqual(atOnce.trend);
    expect(later.trend.recent.dates).toEqual([day(0), day(20)]);
  });
});

describe('an empty journal', () => {
  it('is too early everywhere, with no dates to point at', () => {
    const report = analyzePaths([]);
    expect(report).toMatchObject({ status: 'too-early', lean: 0, band: [-1, 1], weekly: [], monthly: [] });
    expect(report.range).toEqual({ from: null, to: null, now: null });
    expect(report.trend).toMatchObject({ direction: 'too-early', recent: { from: null, to: null, dates: [] } });
    expect(report.highlights.monthly).toEqual([]);
  });
});
