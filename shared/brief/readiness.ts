import { readinessFrom, type Readiness } from '../analysis';
import { dayNumber } from '../analysis/calendar';
import { formatDate } from '../dateFormat';
import type { LocalDate } from '../dates';
import type { DecisionRecord } from '../decisionSchemas';
import { ROLE_NAMES } from '../entry';
import type { TrendsData } from '../trends';
import { plural } from '../words';
import { calendarTime, needLine } from './picture';

/**
 * The decision date in plain words: the days left, and whether the journal
 * can give a clear read by then at the user's pace, from the analysis' own
 * minimums and band width (shared/analysis/readiness.ts). It never promises
 * a verdict: where the rules cannot say, the words say so.
 */

/** Readiness for `data`, or null when its range does not end today (a past range says nothing about the days left). */
export function readinessOfTrends(data: TrendsData, decisionDate: LocalDate, today: LocalDate): Readiness | null {
  if (data.range.to !== today) return null;
  const figures = { lean: data.lean, band: data.band, pathEntries: data.pathEntries };
  return readinessFrom(data.outlook, figures, decisionDate, today);
}

/** '28 days left until your decision on Tue 5 Jan 2027', 'Your decision is today', or that the day has passed. */
export function daysLeftLine(decisionDate: LocalDate, today: LocalDate): string {
  const daysLeft = dayNumber(decisionDate) - dayNumber(today);
  const day = formatDate(decisionDate, 'shortWeekdayDate');
  if (daysLeft > 0) return `${plural(daysLeft, 'day')} left until your decision on ${day}.`;
  if (daysLeft === 0) return `Your decision is today, ${day}.`;
  return `Your decision date, ${day}, has passed.`;
}

const LEAN_HOLDS = 'if the lean holds where it is';

/** The estimate in one or two sentences, then what is still needed (the same lines as the brief's picture). */
export function readinessSentences(readiness: Readiness): { summary: string; needs: string[] } {
  const { status, daysLeft, daysNeeded, halfWidthByThen } = readiness;
  const needs = readiness.needs.map((need) => needLine(need, readiness.lean));
  const leftCount = Math.max(0, daysLeft);
  const left = `${plural(leftCount, 'day')} ${leftCount === 1 ? 'is' : 'are'} left`;
  const needed = daysNeeded === null ? null : calendarTime(daysNeeded);
  const band =
    halfWidthByThen === null
      ? ''
      : ` By the date, at this pace, a lean smaller than about ${halfWidthByThen.toFixed(2)} either way would still read as no clear lean.`;
  switch (status) {
    case 'passed':
      return { summary: 'The date has passed: set a new one if the conversation moved.', needs: [] };
    case 'clear':
      return {
        summary:
          'Your journal already gives a clear read. Keep writing: the trend is where a change would show before the day.',
        needs: [],
      };
    case 'in-time':
      return {
        summary: readiness.leanOpen
          ? `At your pace the minimums are met in ${needed ?? 'time'}, within the ${plural(leftCount, 'day')} left; whether the lean is clear by then depends on where it settles, which is too close to even to say now.`
          : `At your pace, a clear read needs ${needed ?? 'no more time'} more${readiness.assumesLeanHolds ? `, ${LEAN_HOLDS}` : ''}; ${left}, so it can be ready in time.${band}`,
        needs,
      };
    case 'not-in-time':
      return {
        summary: `At your pace, a clear read needs ${needed ?? 'more time'} more${readiness.assumesLeanHolds ? `, ${LEAN_HOLDS}` : ''}, but only ${left}: expect “no clear lean yet” on the day unless you log more often.${band}`,
        needs,
      };
    case 'no-pace':
      return {
        summary: `Some of what a clear read needs has not been logged at all in your recent weeks, so there is no estimate at your pace; ${left}.`,
        needs,
      };
    case 'even':
      return {
        summary: `The minimums are met, but the lean is too close to even to say how many more days would settle it; ${left}.${band}`,
        needs,
      };
  }
}

/** The decision once recorded, as the brief names it. */
export type DecidedOn = Pick<DecisionRecord, 'decidedOn' | 'choice'>;

/**
 * The brief's lines on the decision: once it is recorded, the day it was
 * made and the path (the countdown has done its work); before, the date and
 * days left, then the estimate when the range ends today.
 */
export function briefDecisionLines(
  data: TrendsData,
  decisionDate: LocalDate | null,
  today: LocalDate,
  decided: DecidedOn | null = null,
): string[] {
  if (decided) {
    const role = ROLE_NAMES[decided.choice].toLowerCase();
    return [
      `You decided on ${formatDate(decided.decidedOn, 'shortWeekdayDate')}: the ${decided.choice} path (${role}).`,
    ];
  }
  if (decisionDate === null) return [];
  const readiness = readinessOfTrends(data, decisionDate, today);
  const days = daysLeftLine(decisionDate, today);
  return readiness && readiness.status !== 'passed' ? [days, readinessSentences(readiness).summary] : [days];
}
