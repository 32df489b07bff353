import { DEFAULT_THRESHOLDS } from '../analysis';
import { STRONG_MARGIN } from '../trends';

/** A term the Trends view and the brief use, and what it means, in plain words. */
export interface ReadingNote {
  term: string;
  text: string;
}

const t = DEFAULT_THRESHOLDS;

/**
 * The short form of the method page (#/method), printed at the foot of the
 * brief so a reader without the app can still read its numbers.
 */
export const READING_NOTES: readonly ReadingNote[] = [
  {
    term: 'Lean',
    text:
      'how system-shaping work felt next to people work, from −1 to +1: the difference between their average feels on your ' +
      'drained (−2) to energised (+2) scale, divided by 4. Below zero people work felt better (management), above zero ' +
      'system work did (architecture); +0.25 is about one point of feel.',
  },
  {
    term: 'Plausible range',
    text:
      'where the lean could really be, given how many days you wrote and how much they varied. A path is named only when ' +
      'the whole range sits on one side of zero, so random days rarely produce a lean, even when looked at every week.',
  },
  {
    term: 'Fairly confident, confident',
    text: `both mean the whole plausible range is on one side of zero; “confident” when it also stays ${STRONG_MARGIN.toFixed(2)} or more away from zero.`,
  },
  {
    term: 'Trend',
    text:
      `your last ${t.trendWeeks} weeks written against the ${t.trendWeeks} weeks before them. A difference within chance is ` +
      '“no change detected”, which is not the same as steady.',
  },
  {
    term: 'Within chance',
    text: 'a difference no larger than luck alone gives over this many days; it is not listed as a finding.',
  },
  {
    term: 'Not rated',
    text: 'an activity ticked without saying how it felt; it is left out of the lean, never counted as neutral.',
  },
];
