import {
  compareExperiment,
  DEFAULT_THRESHOLDS,
  type ExperimentComparison,
  type ExperimentPlan,
  type ExperimentSpan,
  type ExperimentVerdict,
} from '../analysis';
import type { CustomActivity } from '../activities';
import { dayNumber } from '../analysis/calendar';
import { formatDate } from '../dateFormat';
import type { LocalDate } from '../dates';
import type { Entry } from '../entry';
import { percent, plural, signed } from '../words';
import { bandConfidence, CONFIDENCE_WORDS } from './leanWords';
import type { DateRange } from './types';

/** An experiment as stored: the plan and the name the user gave it. */
export interface NamedExperiment extends ExperimentPlan {
  label: string;
}

/** One experiment as Trends and the brief show it: when, how it went, and the verdict in words. */
export interface ExperimentReading extends NamedExperiment {
  phase: 'running' | 'ended';
  verdict: ExperimentVerdict;
  /** A few words: 'under way', 'too thin to compare', 'changed', 'no change detected'; the sentence never repeats them. */
  title: string;
  /** The verdict in one sentence, with its numbers and bands. */
  sentence: string;
  /** What the two spans held, for the reader who wants the counts behind the sentence. */
  basis: string;
}

const WORK_WORDS = { management: 'people work', architecture: 'system work' } as const;

const VERDICT_TITLES: Readonly<Record<ExperimentVerdict, string>> = {
  pending: 'under way',
  'too-thin': 'too thin to compare',
  changed: 'changed',
  'no-change-detected': 'no change detected',
};

const day = (date: LocalDate) => formatDate(date, 'date');
const points = (value: number) => `${signed(value * 100, 0)} points`;
const range = ([low, high]: readonly [number, number], show: (value: number) => string) =>
  `plausible range ${show(low)} to ${show(high)}`;

/** What a span lacks for each comparison, or nothing when it has enough. */
function shortfalls(span: ExperimentSpan, name: string, minimum: number): string[] {
  const missing: string[] = [];
  const lean: string[] = [];
  if (span.managementEntries < minimum) lean.push(`${minimum - span.managementEntries} with people work`);
  if (span.architectureEntries < minimum) lean.push(`${minimum - span.architectureEntries} with system work`);
  if (lean.length > 0) missing.push(`${lean.join(' and ')} that you rated`);
  if (span.rated < minimum) missing.push(`${minimum - span.rated} with a day kind`);
  return missing.length === 0 ? [] : [`${name}: ${missing.join(', ')}`];
}

function spanCounts(span: ExperimentSpan, focus: ExperimentPlan['focus']): string {
  return `${plural(span.entries, 'day')} written, ${span.focusEntries} with ${WORK_WORDS[focus]}, ${plural(span.rated, 'day')} with a day kind (${span.good} good)`;
}

function leanSentence(comparison: ExperimentComparison): string {
  const { direction, change, band } = comparison.lean;
  if (direction === 'toward-architecture' || direction === 'toward-management') {
    const toward = direction === 'toward-architecture' ? 'architecture' : 'management';
    // Graded by how far the band sits from zero, as every lean on Trends is.
    const confidence = bandConfidence(band);
    const grade = confidence === 'none' ? '' : `${CONFIDENCE_WORDS[confidence]}; `;
    return `the lean moved ${signed(change)} toward ${toward} (${grade}${range(band, signed)})`;
  }
  if (direction === 'unclear') return `the lean’s change of ${signed(change)} could be chance (${range(band, signed)})`;
  return 'the lean could not be compared (too few days with both kinds of work)';
}

function goodDaysSentence(comparison: ExperimentComparison): string {
  const { direction, change, band } = comparison.goodDays;
  const { during, before } = comparison;
  const shares =
    during.goodRate === null || before.goodRate === null
      ? ''
      : ` from ${percent(before.goodRate)} to ${percent(during.goodRate)}`;
  if (direction === 'more-good' || direction === 'fewer-good') {
    return `good days went ${direction === 'more-good' ? 'up' : 'down'}${shares}, ${points(change)} (${range(band, points)})`;
  }
  if (direction === 'unclear')
    return `the share of good days went${shares}, which could be chance (${range(band, points)})`;
  return 'the share of good days could not be compared (too few days with a day kind)';
}

/** The verdict in one sentence, in the words of the rest of Trends: a change only where its band allows one. */
function sentenceOf(comparison: ExperimentComparison, minimum: number): string {
  const { plan, during, before } = comparison;
  const beforeWords = `the ${plural(dayNumber(before.to) - dayNumber(before.from) + 1, 'day')} before it`;
  switch (comparison.verdict) {
    case 'pending':
      return `Compared once it ends on ${day(plan.end)}, since looking while it runs would read noise as a change (${plural(during.focusEntries, 'day')} with ${WORK_WORDS[plan.focus]} so far).`;
    case 'too-thin': {
      const needs = [...shortfalls(during, 'during it', minimum), ...shortfalls(before, 'in the days before', minimum)];
      return `Too thin to compare with ${beforeWords}; it needs more days ${needs.join('; and ')}.`;
    }
    case 'changed':
      return `Compared with ${beforeWords}, ${leanSentence(comparison)}, and ${goodDaysSentence(comparison)}.`;
    case 'no-change-detected':
      return `No change detected against ${beforeWords}: ${leanSentence(comparison)}, and ${goodDaysSentence(comparison)}; a change too small for these days to show is still possible.`;
  }
}

/** Whether an experiment has begun by `to` and reaches into the range: the ones a range's Trends and brief report. */
export function inRangeExperiment(experiment: ExperimentPlan, shown: DateRange): boolean {
  return experiment.start <= shown.to && (shown.from === null || experiment.end >= shown.from);
}

/**
 * Compares each experiment that has begun by the range's end and reaches into
 * it, as of that end (a past range reads as it did then), and words the
 * verdict. `entries` must include the weeks before each experiment.
 */
export function readExperiments(
  entries: readonly Entry[],
  experiments: readonly NamedExperiment[],
  customActivities: readonly CustomActivity[],
  shown: DateRange,
): ExperimentReading[] {
  const minimum = DEFAULT_THRESHOLDS.minTrendEntries;
  return experiments
    .filter((experiment) => inRangeExperiment(experiment, shown))
    .map(({ label, ...plan }) => {
      const comparison = compareExperiment(
        entries,
        { start: plan.start, end: plan.end, focus: plan.focus },
        { now: shown.to, customActivities },
      );
      return {
        label,
        start: plan.start,
        end: plan.end,
        focus: plan.focus,
        phase: comparison.phase === 'ended' ? 'ended' : 'running',
        verdict: comparison.verdict,
        title: VERDICT_TITLES[comparison.verdict],
        sentence: sentenceOf(comparison, minimum),
        basis: `During it (${day(comparison.during.from)} to ${day(comparison.during.to)}): ${spanCounts(comparison.during, plan.focus)}. Before it (${day(comparison.before.from)} to ${day(comparison.before.to)}): ${spanCounts(comparison.before, plan.focus)}.`,
      };
    });
}
