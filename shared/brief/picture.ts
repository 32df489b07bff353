import type { ReadinessNeed } from '../analysis';
import type { TrendsData } from '../trends';
import { plural, signed } from '../words';
import { MIN_TIMING_DAYS } from './text';

/**
 * "What would change this picture": which evidence is still thin and what to
 * log to firm it up, from the analysis' own minimums and band width at the
 * user's pace (shared/analysis/readiness.ts). Never a guess: where the rules
 * cannot say how many days, the sentence says so.
 */

/** '4 days', 'about 3 weeks'; null when the pace has none of what is needed. */
export function calendarTime(days: number): string | null {
  if (!Number.isFinite(days)) return null;
  return days < 14 ? plural(days, 'day') : `about ${plural(Math.round(days / 7), 'week')}`;
}

const NEED_WORDS: Readonly<Record<Exclude<ReadinessNeed['kind'], 'lean'>, (more: number) => string>> = {
  entries: (more) => `Write on ${plural(more, 'more day')} before a path is named at all`,
  management: (more) => `Rate people work on ${plural(more, 'more day')}: the lean compares the two kinds of work`,
  architecture: (more) => `Rate system work on ${plural(more, 'more day')}: the lean compares the two kinds of work`,
};

/** One thing a clear read still needs, and how long it takes at the user's pace. */
export function needLine(need: ReadinessNeed, lean: number): string {
  const time = calendarTime(need.days);
  const pace = time ? ` (${time} at your pace)` : ' (none logged in your last weeks, so no estimate at your pace)';
  if (need.kind === 'lean') {
    return (
      `If the lean holds at ${signed(lean)}, about ${plural(need.more, 'more day')} with rated people or system work ` +
      `would take its plausible range clear of zero${pace}.`
    );
  }
  return `${NEED_WORDS[need.kind](need.more)}${pace}.`;
}

/** Other evidence that is still thin, and what to log to firm it up. */
function thinEvidence(data: TrendsData): string[] {
  const lines: string[] = [];
  const { worstDay, drivers, timing } = data;
  const answered = worstDay.management.answered + worstDay.architecture.answered;
  if (worstDay.badDays > 0 && worstDay.management.verdict === null && worstDay.architecture.verdict === null) {
    lines.push(
      `Neither role has a clear worst-hour answer yet (${plural(answered, 'answer')} on bad days): answering on more bad days would firm it up.`,
    );
  }
  if (drivers.compared === 0 && data.analysed > 0) {
    lines.push(
      `Mark each day good, mixed or bad: an activity is compared with your days once it has ${plural(drivers.minSupport, 'rated day')}.`,
    );
  }
  const short = timing.filter((bar) => bar.days < MIN_TIMING_DAYS);
  if (short.length > 0 && data.analysed > 0) {
    const names = short.map((bar) => `“${bar.label.toLowerCase()}” ${bar.days}`).join(', ');
    lines.push(
      `Note when you joined the conversation: each stage needs ${plural(MIN_TIMING_DAYS, 'rated day')} to compare (${names} so far).`,
    );
  }
  return lines;
}

/** The section's sentences, the lean first. */
export function pictureLines(data: TrendsData): string[] {
  const { outlook } = data;
  const lean: string[] = [];
  if (outlook.clear) {
    lean.push(
      'The lean is clear. Only a change in how the work feels would change it; the trend, your last weeks against the ones before, is where a change would show first.',
    );
  } else {
    lean.push(...outlook.needs.map((need) => needLine(need, data.lean)));
    if (outlook.leanOpen) {
      lean.push(
        outlook.needs.length > 0
          ? 'After that, how many more days depends on where the lean settles: it is too close to even now to say.'
          : 'The lean is too close to even to say how many more days would settle it: more rated days of both kinds of work will show whether it leans at all.',
      );
    }
  }
  return [...lean, ...thinEvidence(data)];
}
