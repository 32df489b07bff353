import { describeLean, type PathReport, type TrendWindow } from '../analysis';
import { formatDate } from '../dateFormat';
import { fromLocalDate, type LocalDate } from '../dates';
import { plural, signed } from '../words';
import { bandConfidence, CONFIDENCE_WORDS } from './leanWords';
import { describeRange } from './range';
import type { Confidence, Headline } from './types';

/** Leans closer to even than this are treated as "no lean at all" when estimating what would settle them. */
const NEAR_EVEN = 0.03;
/** Past this many times the days written so far, an estimate of "days still needed" means little. */
const MAX_GROWTH = 4;
/** A latest entry older than this, counted from the end of the range, gets its date said beside the figures. */
export const STALE_AFTER_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;
const pathName = (lean: number) => (lean > 0 ? 'architecture' : 'management');
const longDay = (date: LocalDate) => formatDate(date, 'shortWeekdayDate');
const daysBetween = (from: LocalDate, to: LocalDate) =>
  Math.round((fromLocalDate(to).getTime() - fromLocalDate(from).getTime()) / DAY_MS);

function confidenceOf(report: PathReport): Confidence {
  if (report.status !== 'management' && report.status !== 'architecture') return 'none';
  return bandConfidence(report.band);
}

function trendPhrase(report: PathReport): string | null {
  const { trend, thresholds } = report;
  if (trend.direction === 'toward-architecture') return 'moving toward architecture lately';
  if (trend.direction === 'toward-management') return 'moving toward management lately';
  // No change detected is not steadiness, and a journal shorter than both windows makes no claim at all.
  if (trend.direction === 'unclear' && trend.spansBoth)
    return `no change detected over ${thresholds.trendWeeks * 2} weeks`;
  return null;
}

function titleOf(report: PathReport, confidence: Confidence): string {
  if (report.status === 'too-early') return 'Too early to tell';
  const parts =
    report.status === 'unclear' || confidence === 'none'
      ? ['No clear lean yet']
      : [`Leaning ${report.status}`, CONFIDENCE_WORDS[confidence]];
  const trend = trendPhrase(report);
  return (trend ? [...parts, trend] : parts).join(' · ');
}

/** What a too-early journal lacks, counted. */
function tooEarly(report: PathReport): string {
  const { minEntries } = report.thresholds;
  const have = report.evidence.entries;
  const first =
    `A lean needs at least ${plural(minEntries, 'day')} with something marked (a day kind, an activity, energy or timing); ` +
    `this range has ${have}, so ${plural(minEntries - have, 'more day')} will do.`;
  const sides = missingSides(report);
  return sides ? `${first} ${sides}` : first;
}

/** Which side is too thin to compare, counted. */
function missingSides(report: PathReport): string | null {
  const { minSideEntries } = report.thresholds;
  const { management, architecture } = report.evidence;
  const needs: string[] = [];
  if (management.entries < minSideEntries)
    needs.push(`${plural(minSideEntries - management.entries, 'more day')} with people work`);
  if (architecture.entries < minSideEntries) {
    needs.push(`${plural(minSideEntries - architecture.entries, 'more day')} with system-shaping work`);
  }
  if (needs.length === 0) return null;
  return (
    `People work shows up on ${plural(management.entries, 'day')} and system-shaping work on ${plural(architecture.entries, 'day')}; ` +
    `comparing them needs at least ${minSideEntries} of each, so log ${needs.join(' and ')}.`
  );
}

/**
 * When the band straddles zero: bands shrink roughly with the square root of
 * the days behind them, so if the lean holds, about n·(half-width / |lean|)²
 * days would pull the whole band to one side.
 */
function bandTooWide(report: PathReport): string {
  const [low, high] = report.band;
  const range = `The plausible range (${signed(low)} to ${signed(high)}) still includes zero, so neither path is named.`;
  const lean = report.lean;
  const have = report.evidence.pathEntries;
  const halfWidth = (high - low) / 2;
  const needed = Math.abs(lean) < NEAR_EVEN ? Infinity : Math.ceil(have * (halfWidth / Math.abs(lean)) ** 2) - have;
  if (!Number.isFinite(needed) || needed > have * MAX_GROWTH) {
    return `${range} Your lean sits close to even (${signed(lean)}); more days may keep it there, and an even split is an answer too.`;
  }
  return `${range} If it holds at ${signed(lean)}, roughly ${plural(Math.max(1, needed), 'more day')} with people or system work would settle it toward ${pathName(lean)}.`;
}

const windowSpan = (window: TrendWindow) =>
  window.from && window.to ? describeRange({ from: window.from, to: window.to }) : '';
const windowLean = (window: TrendWindow) =>
  `${signed(window.lean)} (plausible range ${signed(window.band[0])} to ${signed(window.band[1])})`;

/** What the trend compared, over which weeks, and what it found; null for an empty journal. */
function trendSentence(report: PathReport): string | null {
  const { trend, thresholds: t } = report;
  const { recent, earlier } = trend;
  if (recent.from === null) return null;
  const weeks = plural(t.trendWeeks, 'week');
  if (trend.direction === 'too-early') {
    const held = (window: TrendWindow) =>
      `${plural(window.managementEntries, 'day')} with people work and ${window.architectureEntries} with system-shaping work`;
    return (
      `No trend yet: comparing your last ${weeks} written with the ${weeks} before needs at least ` +
      `${t.minTrendEntries} days of each kind of work in each; the last ${weeks} have ${held(recent)}, ` +
      `the ${weeks} before ${held(earlier)}.`
    );
  }
  const compared =
    `Your last ${weeks} written (${windowSpan(recent)}) lean ${windowLean(recent)}, ` +
    `against ${windowLean(earlier)} in the ${weeks} before (${windowSpan(earlier)})`;
  if (trend.direction !== 'unclear') {
    return `${compared}: a move toward ${trend.direction === 'toward-architecture' ? 'architecture' : 'management'} larger than chance explains.`;
  }
  if (!trend.spansBoth) {
    return `${compared}. Your journal does not yet reach back the ${t.trendWeeks * 2} weeks the trend compares, so it says nothing yet about whether your lean is steady.`;
  }
  return `${compared}. The difference is within what chance gives, so no change is detected; that is not proof the lean is steady, as a smaller change could still be there.`;
}

/** When the latest entry is well before the range's end, which days the figures rest on. */
function basisOf(report: PathReport): string | null {
  const { to, now } = report.range;
  if (to === null || now === null) return null;
  const gap = daysBetween(to, now);
  if (gap <= STALE_AFTER_DAYS) return null;
  const ago = gap < 8 * 7 ? plural(gap, 'day') : plural(Math.round(gap / 7), 'week');
  return `Your latest entry in this range is from ${longDay(to)}, ${ago} before its end: everything here describes the days up to then.`;
}

/** Path activities logged without a feel, which the lean leaves out. */
function unratedOf(report: PathReport): string | null {
  const count = report.evidence.management.unrated + report.evidence.architecture.unrated;
  if (count === 0) return null;
  return `${plural(count, 'activity', 'activities')} of people or system work ${count === 1 ? 'is' : 'are'} not rated yet, so the lean leaves ${count === 1 ? 'it' : 'them'} out; say how ${count === 1 ? 'it' : 'they'} felt in Today to count ${count === 1 ? 'it' : 'them'}.`;
}

/** The lean in plain words, for the Trends view and the decision brief. */
export function headlineOf(report: PathReport): Headline {
  const confidence = confidenceOf(report);
  let explanation: string | null = null;
  if (report.status === 'too-early') explanation = tooEarly(report);
  else if (report.status === 'unclear') explanation = missingSides(report) ?? bandTooWide(report);
  return {
    status: report.status,
    title: titleOf(report, confidence),
    confidence,
    sentence: describeLean(report),
    explanation,
    trend: report.status === 'too-early' ? null : trendSentence(report),
    basis: basisOf(report),
    unrated: unratedOf(report),
  };
}
