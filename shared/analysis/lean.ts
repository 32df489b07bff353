import type { Thresholds } from './options';
import { clamp, tQuantile } from './stats';
import type { Band, PathStatus } from './types';

/** Feels run from -2 to +2, so dividing a feel difference by 4 maps it onto [-1, 1]. */
const FEEL_SPAN = 4;

/**
 * Sufficient statistics for the lean of a set of days. Each day with path
 * work contributes a = sum of its architecture feels, na = how many, and m, nm
 * likewise for management. Sums of these and of their pairwise products are
 * enough to compute the lean and its day-level variance for any union of
 * periods, so weeks, months and windows are just added together. Every field
 * is a sum of integers, so the result does not depend on entry order.
 */
export class LeanMoments {
  days = 0;
  archDays = 0;
  mgmtDays = 0;
  a = 0;
  na = 0;
  m = 0;
  nm = 0;
  aa = 0;
  aNa = 0;
  aM = 0;
  aNm = 0;
  naNa = 0;
  naM = 0;
  naNm = 0;
  mM = 0;
  mNm = 0;
  nmNm = 0;

  addDay(a: number, na: number, m: number, nm: number): void {
    this.days += 1;
    if (na > 0) this.archDays += 1;
    if (nm > 0) this.mgmtDays += 1;
    this.a += a;
    this.na += na;
    this.m += m;
    this.nm += nm;
    // Math.imul, not *, because 0 * -1 is -0, which would make V8 store every field as a boxed double.
    this.aa += Math.imul(a, a);
    this.aNa += Math.imul(a, na);
    this.aM += Math.imul(a, m);
    this.aNm += Math.imul(a, nm);
    this.naNa += Math.imul(na, na);
    this.naM += Math.imul(na, m);
    this.naNm += Math.imul(na, nm);
    this.mM += Math.imul(m, m);
    this.mNm += Math.imul(m, nm);
    this.nmNm += Math.imul(nm, nm);
  }

  // add and remove are spelled out field by field because they run for every week of the series.

  /** Adds another set of days. */
  add(other: LeanMoments): this {
    this.days += other.days;
    this.archDays += other.archDays;
    this.mgmtDays += other.mgmtDays;
    this.a += other.a;
    this.na += other.na;
    this.m += other.m;
    this.nm += other.nm;
    this.aa += other.aa;
    this.aNa += other.aNa;
    this.aM += other.aM;
    this.aNm += other.aNm;
    this.naNa += other.naNa;
    this.naM += other.naM;
    this.naNm += other.naNm;
    this.mM += other.mM;
    this.mNm += other.mNm;
    this.nmNm += other.nmNm;
    return this;
  }

  /** Removes a set of days added earlier. */
  remove(other: LeanMoments): this {
    this.days -= other.days;
    this.archDays -= other.archDays;
    this.mgmtDays -= other.mgmtDays;
    this.a -= other.a;
    this.na -= other.na;
    this.m -= other.m;
    this.nm -= other.nm;
    this.aa -= other.aa;
    this.aNa -= other.aNa;
    this.aM -= other.aM;
    this.aNm -= other.aNm;
    this.naNa -= other.naNa;
    this.naM -= other.naM;
    this.naNm -= other.naNm;
    this.mM -= other.mM;
    this.mNm -= other.mNm;
    this.nmNm -= other.nmNm;
    return this;
  }
}

/**
 * The shrunk mean feel of each side. Both are pulled toward the mean feel of
 * all path activities together (not toward zero), by `priorActivities`
 * pseudo-activities each: thin evidence then means "no difference" rather
 * than "neutral", so two sides that feel the same give no lean however
 * unevenly they are logged, and a side never logged gives none at all.
 */
function shrunkMeans(s: LeanMoments, t: Thresholds) {
  const k = t.priorActivities;
  const count = s.na + s.nm;
  const mean = count > 0 ? (s.a + s.m) / count : 0;
  const cA = 1 / (s.na + k);
  const cM = 1 / (s.nm + k);
  return { k, count, mean, cA, cM, rA: (s.a + k * mean) * cA, rM: (s.m + k * mean) * cM };
}

/** The lean: shrunk mean architecture feel minus shrunk mean management feel, divided by 4. */
export function leanOf(s: LeanMoments, t: Thresholds): number {
  const { rA, rM } = shrunkMeans(s, t);
  return (rA - rM) / FEEL_SPAN;
}

/**
 * The standard error of the lean, from the spread between days (the delta
 * method for a function of sums, with days as independent units), floored by
 * `priorSpread` so a record that never varies is not taken as certain.
 * Infinity with fewer than two days.
 */
function leanError(s: LeanMoments, t: Thresholds): number {
  if (s.days < 2 || s.na + s.nm === 0) return Infinity;
  const { k, count, mean, cA, cM, rA, rM } = shrunkMeans(s, t);
  // One day's influence on the lean (times 4) is e = w . (a, na, m, nm), w the gradient of rA - rM
  // with respect to the sums (the shared mean moves with every one of them); expand sum((e - mean e)^2).
  const pull = k / count;
  const drift = (cA - cM) * pull * mean;
  const w0 = cA * (1 + pull) - cM * pull;
  const w1 = -drift - rA * cA;
  const w2 = cA * pull - cM * (1 + pull);
  const w3 = -drift + rM * cM;
  const sumE = w0 * s.a + w1 * s.na + w2 * s.m + w3 * s.nm;
  const sumE2 =
    w0 * w0 * s.aa +
    w1 * w1 * s.naNa +
    w2 * w2 * s.mM +
    w3 * w3 * s.nmNm +
    2 * (w0 * w1 * s.aNa + w0 * w2 * s.aM + w0 * w3 * s.aNm + w1 * w2 * s.naM + w1 * w3 * s.naNm + w2 * w3 * s.mNm);
  const sampled = (Math.max(0, sumE2 - (sumE * sumE) / s.days) * s.days) / (s.days - 1);
  const floor = t.priorSpread * t.priorSpread * (cA + cM);
  return Math.sqrt(Math.max(sampled, floor)) / FEEL_SPAN;
}

/** lean +/- t * se at `bandLevel`, clipped to [-1, 1]; the whole range without degrees of freedom. */
function leanBand(lean: number, se: number, df: number, t: Thresholds): Band {
  if (!(df >= 1)) return [-1, 1];
  const half = tQuantile(0.5 + t.bandLevel / 2, df) * se;
  return [clamp(lean - half, -1, 1), clamp(lean + half, -1, 1)];
}

export interface LeanEstimate {
  lean: number;
  band: Band;
  /** Standard error of the lean (Infinity with fewer than two days). */
  se: number;
  /** Degrees of freedom behind the band: days with path work, minus one (0 with fewer than two). */
  df: number;
}

/** The lean of a set of days with its band, standard error and degrees of freedom. */
export function estimateLean(s: LeanMoments, t: Thresholds): LeanEstimate {
  const lean = leanOf(s, t);
  const se = leanError(s, t);
  const df = Math.max(0, s.days - 1);
  return { lean, band: leanBand(lean, se, df, t), se, df };
}

/** The verdict for an estimate: a path only when enough days back both sides and the band is clear of zero. */
export function leanStatus(entries: number, s: LeanMoments, band: Band, t: Thresholds): PathStatus {
  if (entries < t.minEntries) return 'too-early';
  if (s.archDays < t.minSideEntries || s.mgmtDays < t.minSideEntries) return 'unclear';
  if (band[0] > 0) return 'architecture';
  if (band[1] < 0) return 'management';
  return 'unclear';
}
