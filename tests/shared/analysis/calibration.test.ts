import { describe, expect, it } from 'vitest';
import {
  activityReadOfRealFeels,
  activityReadOnRandom,
  activityReadOverWeeklyLooks,
  claimsOnEqualFeels,
  claimsOnOnePathOnly,
  driversOnRandom,
  experimentChangedOnRandom,
  experimentFindsFeelChange,
  experimentFindsMoreGoodDays,
  falseClaimsAtOneLook,
  falseClaimsOverWeeklyLooks,
  rate,
  readinessHolds,
  reversal,
  rightPath,
  weeklyDirections,
  type Rate,
} from './calibration';

/**
 * Calibration over many seeded simulated journals (see calibration.ts and
 * docs/analysis.md). The default seed counts keep `npm test` to seconds;
 * FORKCAST_CALIBRATION_SEEDS=5000 runs the long version whose rates the docs
 * quote, and prints them.
 */
const SEEDS = Number(process.env.FORKCAST_CALIBRATION_SEEDS ?? 400);
const LONG = { timeout: Math.max(20_000, SEEDS * 100) };

const measured: Record<string, string> = {};
function note(name: string, value: Rate): number {
  const share = rate(value);
  measured[name] = `${(share * 100).toFixed(2)}% (${value.hits} of ${value.trials})`;
  return share;
}

describe('calibration over seeded simulated journals', () => {
  it('claims a lean or a trend on random journals in under 2% of seeds at one look', LONG, () => {
    expect(note('random journals, one look: any lean or trend', falseClaimsAtOneLook(SEEDS))).toBeLessThan(0.02);
  });

  it('claims one in under 5% of seeds when the user looks every week from week 2 to week 13', LONG, () => {
    expect(
      note('random journals, weekly looks weeks 2-13: any lean or trend', falseClaimsOverWeeklyLooks(SEEDS)),
    ).toBeLessThan(0.05);
  });

  it('never claims a lean or a trend in a journal with one kind of path work only', LONG, () => {
    expect(note('one path only: any lean or trend', claimsOnOnePathOnly(SEEDS))).toBe(0);
  });

  it('shows a reversal’s new direction in at least 90% of seeds 4 to 8 weeks on, whatever the weekday', LONG, () => {
    const { byWeekday, noChange } = reversal(Math.ceil(SEEDS / 2));
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    byWeekday.forEach((tally, weekday) => {
      expect(note(`reversal, new direction, looked at on ${days[weekday]}`, tally)).toBeGreaterThanOrEqual(0.9);
    });
    // Never "steady"; and "no change detected" only where the change was missed.
    expect(note('reversal, titled steady or no change', noChange)).toBeLessThan(0.1);
  });

  it('names a clear preference (two points apart) rightly in at least 99% of seeds at 8 weeks', LONG, () => {
    expect(note('clear preference, 56 days: right path', rightPath(SEEDS, 2, 56))).toBeGreaterThanOrEqual(0.99);
  });

  it('names a subtle preference (half a point apart) rightly in at least 80% of seeds by 120 days', LONG, () => {
    expect(note('subtle preference, 120 days: right path', rightPath(SEEDS, 0.5, 120))).toBeGreaterThanOrEqual(0.8);
  });

  it('finds no lean when both sides feel the same, however unevenly they are logged', LONG, () => {
    expect(note('equal feels, skewed logging: any lean', claimsOnEqualFeels(SEEDS))).toBeLessThan(0.02);
  });

  it('lists an activity as going with good or bad days in under 5% of random journals', LONG, () => {
    expect(note('random journals, 120 days: any driver listed', driversOnRandom(SEEDS))).toBeLessThan(0.05);
  });

  it(
    'reads an activity as clearly energising or draining in under 5% of random journals, at one look or weekly',
    LONG,
    () => {
      expect(
        note(
          'random journals, 120 days: any activity read as clearly energising or draining',
          activityReadOnRandom(SEEDS),
        ),
      ).toBeLessThan(0.05);
      const weekly = activityReadOverWeeklyLooks(Math.ceil(SEEDS / 4));
      expect(
        note('random journals, weekly looks weeks 2-13: any activity read clearly at any look', weekly),
      ).toBeLessThan(0.05);
    },
  );

  it(
    'reads most often-logged activities with a one-point feel the right way by 120 days, and none the wrong way',
    LONG,
    () => {
      const { right, wrong } = activityReadOfRealFeels(Math.ceil(SEEDS / 4));
      expect(note('one-point feels, 120 days: activities on 10+ days read the right way', right)).toBeGreaterThan(0.6);
      expect(note('one-point feels, 120 days: activities on 10+ days read the wrong way', wrong)).toBe(0);
    },
  );

  it('never labels a weekly point with a direction its band does not support', LONG, () => {
    const { named, againstBand } = weeklyDirections(Math.ceil(SEEDS / 4));
    note('random journals, weekly points naming a direction', named);
    expect(note('random journals, weekly points naming a direction inside their band', againstBand)).toBe(0);
  });

  it('calls an ended experiment on a random journal changed in under 5% of seeds', LONG, () => {
    expect(
      note('random journals, ended experiment of 14-28 days: called changed', experimentChangedOnRandom(SEEDS)),
    ).toBeLessThan(0.05);
  });

  it('finds a two-point change of feeling inside a three-week experiment in at least 90% of seeds', LONG, () => {
    expect(
      note('three-week experiment, sides come 2 points apart: lean moved found', experimentFindsFeelChange(SEEDS)),
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('finds more good days when the liked work fills an experiment, without claiming the lean moved', LONG, () => {
    const { moreGood, leanMoved } = experimentFindsMoreGoodDays(SEEDS);
    expect(note('three weeks of mostly liked work: more good days found', moreGood)).toBeGreaterThanOrEqual(0.25);
    expect(note('three weeks of mostly liked work, feelings unchanged: lean called moved', leanMoved)).toBeLessThan(
      0.05,
    );
  });

  it('estimates the days to a clear read so that about half arrive by then and most by twice as long', LONG, () => {
    const subtle = readinessHolds(SEEDS, 0.5);
    note('readiness, half a point apart, 28 days: an estimate given', subtle.estimated);
    expect(note('readiness, half a point apart: clear by the estimated day', subtle.byThen)).toBeGreaterThanOrEqual(
      0.4,
    );
    expect(note('readiness, half a point apart: clear by twice the estimate', subtle.byTwice)).toBeGreaterThanOrEqual(
      0.65,
    );
    const clear = readinessHolds(SEEDS, 1);
    note('readiness, one point apart, 28 days: an estimate given', clear.estimated);
    expect(note('readiness, one point apart: clear by the estimated day', clear.byThen)).toBeGreaterThanOrEqual(0.7);
    // With no preference, an estimate assumes a lean that is noise: it should almost never come true.
    const none = readinessHolds(SEEDS, 0);
    note('readiness, no preference, 28 days: an estimate given', none.estimated);
    expect(note('readiness, no preference: clear by the estimated day', none.byThen)).toBeLessThan(0.1);
  });

  it.runIf(process.env.FORKCAST_CALIBRATION_SEEDS !== undefined)('prints what it measured', LONG, () => {
    // Not held to a target: how power falls as days get noisier, for the docs.
    for (const [noise, mood] of [
      [1.2, 0.5],
      [1, 1],
      [1.2, 1],
    ] as const) {
      note(
        `subtle preference, 120 days, noise ${noise}, mood ${mood}: right path`,
        rightPath(SEEDS, 0.5, 120, noise, mood),
      );
    }
    // Read by whoever updates docs/analysis.md.
    console.log(
      `Calibration over ${SEEDS} seeds:\n${Object.entries(measured)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}`,
    );
  });
});
