import { analyzePaths, type PathReport } from '../../../shared/analysis';
import { compareExperiment, type ExperimentPlan } from '../../../shared/analysis/experiment';
import { assessReadiness, MAX_GROWTH, paceOf } from '../../../shared/analysis/readiness';
import { shiftDate } from '../../../shared/dates';
import type { Entry, Path } from '../../../shared/entry';
import { activityFeels, headlineOf, leanWords, periodRows, type ActivityFeel } from '../../../shared/trends';
import { seededRandom, simulateJournal, type SideFeels } from '../../fixtures/journal';

/**
 * The calibration scenarios of docs/analysis.md: simulated journals with a
 * known truth, each measured over many seeds. A single seed proves nothing;
 * these rates are what the docs quote and the tests hold to.
 */

export interface Rate {
  hits: number;
  trials: number;
}

export const rate = ({ hits, trials }: Rate) => (trials > 0 ? hits / trials : 0);

const NO_PREFERENCE = (): SideFeels => ({ management: 0, architecture: 0 });
const claimsLean = (report: PathReport) => report.status === 'management' || report.status === 'architecture';
const claimsTrend = (report: PathReport) => report.trend.direction.startsWith('toward');
/** Anything that names a path or a move: the overall lean or the trend. */
export const claimsAnything = (report: PathReport) => claimsLean(report) || claimsTrend(report);

function count(seeds: number, trial: (seed: number) => boolean): Rate {
  let hits = 0;
  for (let seed = 1; seed <= seeds; seed += 1) if (trial(seed)) hits += 1;
  return { hits, trials: seeds };
}

/** 60 to 120 days, 2 to 6 activities a day, no real preference. */
function randomJournal(seed: number, days?: number): Entry[] {
  const length = days ?? 60 + Math.floor(seededRandom(seed * 31 + 7)() * 61);
  return simulateJournal({ seed, days: length, truth: NO_PREFERENCE });
}

/** Random journals looked at once: how often anything is claimed. */
export function falseClaimsAtOneLook(seeds: number): Rate {
  return count(seeds, (seed) => claimsAnything(analyzePaths(randomJournal(seed))));
}

/** Random journals looked at every week from week 2 to week 13: how often anything is claimed at any look. */
export function falseClaimsOverWeeklyLooks(seeds: number): Rate {
  return count(seeds, (seed) => {
    const entries = randomJournal(seed, 13 * 7);
    const first = entries[0]?.date ?? '';
    for (let week = 2; week <= 13; week += 1) {
      if (claimsAnything(analyzePaths(entries, { now: shiftDate(first, week * 7 - 1) }))) return true;
    }
    return false;
  });
}

/** Journals with one kind of path work only (and neutral work), feelings changing halfway: any lean or trend. */
export function claimsOnOnePathOnly(seeds: number): Rate {
  return count(seeds, (seed) => {
    const side = seed % 2 ? 'management' : 'architecture';
    const days = 60 + (seed % 61);
    const entries = simulateJournal({
      seed,
      days,
      mix: { management: side === 'management' ? 0.6 : 0, architecture: side === 'architecture' ? 0.6 : 0 },
      // A real change of heart about the one kind of work there is; it still says nothing about the other.
      truth: (day) => (day < days / 2 ? { management: 1, architecture: 1 } : { management: -1, architecture: -1 }),
    });
    return claimsAnything(analyzePaths(entries));
  });
}

const WEEKDAYS = 7;

/**
 * A clear preference (two points apart) that reverses halfway, looked at 4 to
 * 8 weeks after the switch, on each weekday: per weekday of the look, how
 * often the trend shows the new direction, and how often it claims no change.
 */
export function reversal(seeds: number): { byWeekday: Rate[]; noChange: Rate } {
  const byWeekday = Array.from({ length: WEEKDAYS }, (): Rate => ({ hits: 0, trials: 0 }));
  const noChange: Rate = { hits: 0, trials: 0 };
  for (let seed = 1; seed <= seeds; seed += 1) {
    const weeksAfter = 4 + (seed % 5);
    const toArchitecture = seed % 2 === 0;
    const before = toArchitecture ? { management: 1, architecture: -1 } : { management: -1, architecture: 1 };
    const after = { management: before.architecture, architecture: before.management };
    const days = weeksAfter * 14;
    // End dates run through every weekday, and the user looks 0 to 6 days after the last entry.
    const entries = simulateJournal({
      seed,
      days,
      endDate: shiftDate('2026-11-16', seed % WEEKDAYS),
      truth: (day) => (day < days / 2 ? before : after),
    });
    const last = entries.at(-1)?.date ?? '';
    for (let wait = 0; wait < WEEKDAYS; wait += 1) {
      const now = shiftDate(last, wait);
      const report = analyzePaths(entries, { now });
      const weekday = new Date(`${now}T12:00:00Z`).getUTCDay();
      const tally = byWeekday[weekday] ?? { hits: 0, trials: 0 };
      tally.trials += 1;
      if (report.trend.direction === (toArchitecture ? 'toward-architecture' : 'toward-management')) tally.hits += 1;
      noChange.trials += 1;
      const title = headlineOf(report).title;
      if (/steady|no change/.test(title)) noChange.hits += 1;
    }
  }
  return { byWeekday, noChange };
}

/** How often the lean names the true path, for sides `gap` points apart after `days` days. */
export function rightPath(seeds: number, gap: number, days: number, noise = 1, mood = 0.5): Rate {
  return count(seeds, (seed) => {
    const sign = seed % 2 ? 1 : -1;
    const entries = simulateJournal({
      seed,
      days,
      noise,
      mood,
      truth: () => ({ management: (-sign * gap) / 2, architecture: (sign * gap) / 2 }),
    });
    return analyzePaths(entries).status === (sign > 0 ? 'architecture' : 'management');
  });
}

/** A mix of how often each side is logged, from rare (2%) to common, drawn per seed. */
function skewedMix(seed: number): SideFeels {
  const random = seededRandom(seed * 97 + 13);
  const rare = 0.02 + random() * 0.2;
  const common = 0.3 + random() * 0.5;
  return random() < 0.5 ? { management: rare, architecture: common } : { management: common, architecture: rare };
}

/** Both sides feel the same on average (+1, 0 or -1), logged at very different rates: any lean claimed. */
export function claimsOnEqualFeels(seeds: number): Rate {
  return count(seeds, (seed) => {
    const mean = (seed % 3) - 1;
    const entries = simulateJournal({
      seed,
      days: 120,
      mix: skewedMix(seed),
      truth: () => ({ management: mean, architecture: mean }),
    });
    return claimsLean(analyzePaths(entries));
  });
}

/**
 * The weekly points of random journals, as the charts label them: how many
 * name a direction, and how many do so while their band includes zero.
 */
export function weeklyDirections(seeds: number): { named: Rate; againstBand: Rate } {
  const named: Rate = { hits: 0, trials: 0 };
  const againstBand: Rate = { hits: 0, trials: 0 };
  for (let seed = 1; seed <= seeds; seed += 1) {
    for (const row of periodRows(analyzePaths(randomJournal(seed)).weekly, 'week', 4, false)) {
      if (row.pathEntries === 0) continue;
      const toward = leanWords(row).startsWith('toward');
      const band = row.band ?? [-1, 1];
      named.trials += 1;
      againstBand.trials += 1;
      if (toward) named.hits += 1;
      if (toward && band[0] <= 0 && band[1] >= 0) againstBand.hits += 1;
    }
  }
  return { named, againstBand };
}

/** Random journals (120 days): how often any activity is listed as going with good or bad days. */
export function driversOnRandom(seeds: number): Rate {
  return count(seeds, (seed) => {
    const { drivers } = analyzePaths(randomJournal(seed, 120));
    return drivers.good.length + drivers.bad.length > 0;
  });
}

const readsClearly = (row: ActivityFeel) => row.reading === 'energising' || row.reading === 'draining';

/** Random journals (120 days): how often the activities chart reads any activity as clearly energising or draining. */
export function activityReadOnRandom(seeds: number): Rate {
  return count(seeds, (seed) => activityFeels(randomJournal(seed, 120), []).some(readsClearly));
}

/** Random journals looked at every week from week 2 to week 13: how often any activity reads clearly at any look. */
export function activityReadOverWeeklyLooks(seeds: number): Rate {
  return count(seeds, (seed) => {
    const entries = randomJournal(seed, 13 * 7);
    const first = entries[0]?.date ?? '';
    for (let week = 2; week <= 13; week += 1) {
      const last = shiftDate(first, week * 7 - 1);
      if (
        activityFeels(
          entries.filter((entry) => entry.date <= last),
          [],
        ).some(readsClearly)
      )
        return true;
    }
    return false;
  });
}

/**
 * System work a point above neutral and people work a point below, for 120
 * days: of the path activities logged on 10 days or more, the share the chart
 * reads the right way, and the share it reads the wrong way.
 */
export function activityReadOfRealFeels(seeds: number): { right: Rate; wrong: Rate } {
  const right = { hits: 0, trials: 0 };
  const wrong = { hits: 0, trials: 0 };
  for (let seed = 1; seed <= seeds; seed += 1) {
    const entries = simulateJournal({ seed, days: 120, truth: () => ({ management: -1, architecture: 1 }) });
    for (const row of activityFeels(entries, [])) {
      if (row.lean === 'neutral' || row.days < 10) continue;
      const expected = row.lean === 'architecture' ? 'energising' : 'draining';
      right.trials += 1;
      wrong.trials += 1;
      if (row.reading === expected) right.hits += 1;
      else if (readsClearly(row)) wrong.hits += 1;
    }
  }
  return { right, wrong };
}

/** An experiment that has just ended: `length` days ending `gap` days before the journal's last entry. */
function endedExperiment(entries: readonly Entry[], length: number, gap: number, focus: Path): ExperimentPlan {
  const last = entries.at(-1)?.date ?? '';
  const end = shiftDate(last, -gap);
  return { start: shiftDate(end, -(length - 1)), end, focus };
}

const EXPERIMENT_DAYS = 21;
const DAYS_BEFORE = 6 * 7;

/**
 * Random journals with an experiment of 14 to 28 days anywhere in their last
 * weeks, looked at once it has ended: how often the comparison calls it
 * changed.
 */
export function experimentChangedOnRandom(seeds: number): Rate {
  return count(seeds, (seed) => {
    const random = seededRandom(seed * 53 + 11);
    const length = 14 + Math.floor(random() * 15);
    const entries = randomJournal(seed, length + DAYS_BEFORE + 14);
    const plan = endedExperiment(
      entries,
      length,
      1 + Math.floor(random() * 14),
      seed % 2 ? 'management' : 'architecture',
    );
    return compareExperiment(entries, plan, { now: entries.at(-1)?.date ?? '' }).verdict === 'changed';
  });
}

/**
 * Three weeks in which system work comes to feel `gap` points better than
 * people work, after six weeks with no preference: how often the comparison
 * finds the lean moved toward architecture.
 */
export function experimentFindsFeelChange(seeds: number, gap = 2): Rate {
  return count(seeds, (seed) => {
    const entries = simulateJournal({
      seed,
      days: DAYS_BEFORE + EXPERIMENT_DAYS + 1,
      truth: (day) =>
        day < DAYS_BEFORE ? { management: 0, architecture: 0 } : { management: -gap / 2, architecture: gap / 2 },
    });
    const plan = endedExperiment(entries, EXPERIMENT_DAYS, 1, 'architecture');
    const result = compareExperiment(entries, plan, { now: entries.at(-1)?.date ?? '' });
    return result.lean.direction === 'toward-architecture';
  });
}

/**
 * Someone who likes system work (one point above neutral, people work one
 * below) does mostly system work for three weeks: feelings stay, the days
 * get better. How often the comparison finds more good days, and how often it
 * wrongly says the lean moved.
 */
export function experimentFindsMoreGoodDays(seeds: number): { moreGood: Rate; leanMoved: Rate } {
  const moreGood: Rate = { hits: 0, trials: 0 };
  const leanMoved: Rate = { hits: 0, trials: 0 };
  for (let seed = 1; seed <= seeds; seed += 1) {
    const entries = simulateJournal({
      seed,
      days: DAYS_BEFORE + EXPERIMENT_DAYS + 1,
      truth: () => ({ management: -1, architecture: 1 }),
      mixOf: (day) =>
        day < DAYS_BEFORE ? { management: 0.45, architecture: 0.2 } : { management: 0.1, architecture: 0.7 },
    });
    const plan = endedExperiment(entries, EXPERIMENT_DAYS, 1, 'architecture');
    const result = compareExperiment(entries, plan, { now: entries.at(-1)?.date ?? '' });
    moreGood.trials += 1;
    leanMoved.trials += 1;
    if (result.goodDays.direction === 'more-good') moreGood.hits += 1;
    if (result.lean.direction.startsWith('toward')) leanMoved.hits += 1;
  }
  return { moreGood, leanMoved };
}

/**
 * How the readiness estimate holds up: journals with sides `gap` points apart,
 * read after `written` days; where the estimate names a number of days to a
 * clear read, is the read clear once those days are written (and once twice
 * as many are)? Random journals (gap 0) test the other side: how often a
 * clear read the estimate promised arrives there, which it should not.
 */
export function readinessHolds(
  seeds: number,
  gap: number,
  written = 28,
): { estimated: Rate; byThen: Rate; byTwice: Rate } {
  const estimated: Rate = { hits: 0, trials: 0 };
  const byThen: Rate = { hits: 0, trials: 0 };
  const byTwice: Rate = { hits: 0, trials: 0 };
  const horizon = written * (1 + MAX_GROWTH) * 2;
  for (let seed = 1; seed <= seeds; seed += 1) {
    const sign = seed % 2 ? 1 : -1;
    const full = simulateJournal({
      seed,
      days: written + horizon,
      endDate: shiftDate('2026-01-01', written + horizon - 1),
      truth: () => ({ management: (-sign * gap) / 2, architecture: (sign * gap) / 2 }),
    });
    const today = full[written - 1]?.date ?? '';
    const report = analyzePaths(full, { now: today });
    const pace = paceOf(full, today, full[0]?.date ?? null, { trendWeeks: 6, customActivities: [] });
    const readiness = assessReadiness(report, pace, shiftDate(today, horizon), today);
    estimated.trials += 1;
    if (readiness.status !== 'in-time') continue;
    estimated.hits += 1;
    const clearAt = (days: number) => {
      const status = analyzePaths(full, { now: shiftDate(today, days) }).status;
      return status === 'management' || status === 'architecture';
    };
    const days = readiness.daysNeeded ?? 0;
    byThen.trials += 1;
    byTwice.trials += 1;
    if (clearAt(days)) byThen.hits += 1;
    if (clearAt(Math.min(horizon, 2 * days))) byTwice.hits += 1;
  }
  return { estimated, byThen, byTwice };
}
