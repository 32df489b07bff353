import { describeLean, type PathReport } from '../analysis';
import { signed } from './format';
import type { Confidence, Headline } from './types';

/** How far the whole band must sit from zero before the lean is called confident rather than fair. */
const STRONG_MARGIN = 0.15;
/** Leans closer to even than this are treated as "no lean at all" when estimating what would settle them. */
const NEAR_EVEN = 0.03;
/** Past this many times the days written so far, an estimate of "days still needed" means little. */
const MAX_GROWTH = 4;

const days = (count: number, what = 'day') => `${count} ${what}${count === 1 ? '' : 's'}`;
const pathName = (lean: number) => (lean > 0 ? 'architecture' : 'management');

function confidenceOf(report: PathReport): Confidence {
  if (report.status !== 'management' && report.status !== 'architecture') return 'none';
  const margin = Math.min(Math.abs(report.band[0]), Math.abs(report.band[1]));
  return margin >= STRONG_MARGIN ? 'strong' : 'fair';
}

function trendPhrase(report: PathReport): string | null {
  const weeks = report.thresholds.trendWeeks * 2;
  switch (report.trend.direction) {
    case 'toward-architecture':
      return 'moving toward architecture lately';
    case 'toward-management':
      return 'moving toward management lately';
    case 'unclear':
      return `steady over the last ${weeks} weeks`;
    case 'too-early':
      return null;
  }
}

function titleOf(report: PathReport, confidence: Confidence): string {
  if (report.status === 'too-early') return 'Too early to tell';
  const parts =
    report.status === 'unclear'
      ? ['No clear lean yet']
      : [`Leaning ${report.status}`, confidence === 'strong' ? 'confident' : 'fairly confident'];
  const trend = trendPhrase(report);
  return (trend ? [...parts, trend] : parts).join(' · ');
}

/** What a too-early journal lacks, counted. */
function tooEarly(report: PathReport): string {
  const { minEntries } = report.thresholds;
  const have = report.evidence.entries;
  const first =
    `A lean needs at least ${days(minEntries)} with something marked (a day kind, an activity, energy or timing); ` +
    `this range has ${have}, so ${days(minEntries - have, 'more day')} will do.`;
  const sides = missingSides(report);
  return sides ? `${first} ${sides}` : first;
}

/** Which side is too thin to compare, counted. */
function missingSides(report: PathReport): string | null {
  const { minSideEntries } = report.thresholds;
  const { management, architecture } = report.evidence;
  const needs: string[] = [];
  if (management.entries < minSideEntries)
    needs.push(`${days(minSideEntries - management.entries, 'more day')} with people work`);
  if (architecture.entries < minSideEntries) {
    needs.push(`${days(minSideEntries - architecture.entries, 'more day')} with system-shaping work`);
  }
  if (needs.length === 0) return null;
  return (
    `People work shows up on ${days(management.entries)} and system-shaping work on ${days(architecture.entries)}; ` +
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
  return `${range} If it holds at ${signed(lean)}, roughly ${days(Math.max(1, needed), 'more day')} with people or system work would settle it toward ${pathName(lean)}.`;
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
  };
}
