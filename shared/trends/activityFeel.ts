import { findActivity, type CustomActivity } from '../activities';
import { DEFAULT_THRESHOLDS, type Band, type Thresholds } from '../analysis';
import { clamp, tQuantile } from '../analysis/stats';
import type { LocalDate } from '../dates';
import type { Entry } from '../entry';
import { packDates } from './packedDates';
import type { ActivityFeel, FeelReading } from './types';

interface Tally {
  sum: number;
  sumOfSquares: number;
  rated: number;
  dates: LocalDate[];
}

/** Where a feel can sit: -2 (drained) to +2 (energised). */
const FEEL_LIMIT = 2;

/** An activity's average and its standard error, from two rated days on. */
interface Spread {
  mean: number;
  /** Standard error, with the spread floored at `priorSpread` as in the lean, so identical ratings are not certainty. */
  se: number;
  df: number;
}

function spreadOf(tally: Tally, priorSpread: number): Spread | null {
  const n = tally.rated;
  if (n < 2) return null;
  const mean = tally.sum / n;
  const variance = Math.max(0, (tally.sumOfSquares - n * mean * mean) / (n - 1));
  return { mean, se: Math.max(Math.sqrt(variance), priorSpread) / Math.sqrt(n), df: n - 1 };
}

/** True when a two-sided t test at `falseRate` finds the average away from neutral. */
const awayFromNeutral = ({ mean, se, df }: Spread, falseRate: number) =>
  Math.abs(mean) > tQuantile(1 - falseRate / 2, df) * se;

/**
 * The false rate each activity's range is drawn at. Every activity is read
 * at once, and thirty-odd averages would show a few "clear" ones from luck
 * alone, so the readings are made together with the Benjamini-Hochberg
 * step-up rule at q (as the drivers are): k activities are found when at
 * least k of them pass at q*k/m, the largest such k. Drawing every range at
 * that rate (the false-coverage adjusted level) makes "the range lies on one
 * side of neutral" and "found" the same thing. Calibration (docs/analysis.md)
 * measures the rate over random journals at one look and at weekly looks.
 */
function adjustedFalseRate(spreads: readonly Spread[], q: number): number {
  const m = spreads.length;
  let found = 0;
  for (let k = m; k >= 1 && found === 0; k -= 1) {
    const passing = spreads.filter((spread) => awayFromNeutral(spread, (q * k) / m)).length;
    if (passing >= k) found = k;
  }
  return (q * Math.max(1, found)) / Math.max(1, m);
}

function bandOf(spread: Spread | null, falseRate: number): Band | null {
  if (!spread) return null;
  const half = tQuantile(1 - falseRate / 2, spread.df) * spread.se;
  return [clamp(spread.mean - half, -FEEL_LIMIT, FEEL_LIMIT), clamp(spread.mean + half, -FEEL_LIMIT, FEEL_LIMIT)];
}

function readingOf(rated: number, band: Band | null): FeelReading {
  if (rated === 0) return 'unrated';
  if (!band) return 'too few days';
  if (band[0] > 0) return 'energising';
  if (band[1] < 0) return 'draining';
  return 'could be chance';
}

/** Clear energisers first, then the activities that could be chance, then clear drains, then the never rated. */
const GROUP: Readonly<Record<FeelReading, number>> = {
  energising: 0,
  'could be chance': 1,
  'too few days': 1,
  draining: 2,
  unrated: 3,
};

/** The value a row sorts by inside its group: for a clear reading, the edge of its range nearest neutral. */
function sureValue(row: ActivityFeel): number {
  if (row.reading === 'energising' && row.band) return row.band[0];
  if (row.reading === 'draining' && row.band) return row.band[1];
  return row.meanFeel ?? 0;
}

/**
 * Every activity logged in `entries`, with its average feel, the plausible
 * range of that average and the days behind it. Unlike the analysis's drivers
 * this keeps activities seen only once, but a thin average is never drawn as
 * a finding: only a range that lies wholly on one side of neutral reads as
 * energising or draining, and those come first and last; the rest sit between
 * them, by their average. Days the activity was not rated count toward its
 * days but not its average; one never rated has none and comes last. Ids no
 * longer known (a deleted custom activity) count as neutral, as in the analysis.
 */
export function activityFeels(
  entries: readonly Entry[],
  custom: readonly CustomActivity[],
  thresholds: Pick<Thresholds, 'priorSpread' | 'driverFalseRate'> = DEFAULT_THRESHOLDS,
): ActivityFeel[] {
  const tallies = new Map<string, Tally>();
  for (const entry of entries) {
    for (const { id, feel } of entry.activities) {
      let tally = tallies.get(id);
      if (!tally) {
        tally = { sum: 0, sumOfSquares: 0, rated: 0, dates: [] };
        tallies.set(id, tally);
      }
      tally.dates.push(entry.date);
      if (feel !== null) {
        tally.sum += feel;
        tally.sumOfSquares += feel * feel;
        tally.rated += 1;
      }
    }
  }
  const spreads = new Map([...tallies].map(([id, tally]) => [id, spreadOf(tally, thresholds.priorSpread)]));
  const falseRate = adjustedFalseRate(
    [...spreads.values()].filter((spread) => spread !== null),
    thresholds.driverFalseRate,
  );

  const rows: ActivityFeel[] = [];
  for (const [id, tally] of tallies) {
    const known = findActivity(id, custom);
    const band = bandOf(spreads.get(id) ?? null, falseRate);
    rows.push({
      id,
      label: known?.label ?? id,
      lean: known?.lean ?? 'neutral',
      meanFeel: tally.rated > 0 ? tally.sum / tally.rated : null,
      band,
      reading: readingOf(tally.rated, band),
      days: tally.dates.length,
      unrated: tally.dates.length - tally.rated,
      dates: packDates(tally.dates.sort()),
    });
  }
  return rows.sort(
    (a, b) =>
      GROUP[a.reading] - GROUP[b.reading] ||
      sureValue(b) - sureValue(a) ||
      b.days - a.days ||
      a.label.localeCompare(b.label),
  );
}
