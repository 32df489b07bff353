import type { CustomActivity } from '../activities';
import { analyzePaths, type Band } from '../analysis';
import type { LocalDate } from '../dates';
import { isBlankEntry, type Entry } from '../entry';
import { activityFeels } from '../trends/activityFeel';
import { bandConfidence, CONFIDENCE_WORDS } from '../trends/leanWords';
import { plural, signed } from '../words';
import { weekDates, type WeekId } from './weeks';

/**
 * What one week of the journal can honestly say, for the weekly review. A
 * week holds at most seven days, so most weeks say little, and the summary
 * says so rather than guess: a direction only when both kinds of work were
 * logged on enough days and the band of the week's lean (the analysis's
 * weekly point) excludes zero; an activity as energising or draining only
 * when the range of its average feel this week lies wholly on one side of
 * neutral, read as Trends reads it (shared/trends/activityFeel.ts).
 */

/** Days with people work, and with system-shaping work, a week needs before its lean is read at all. */
export const WEEK_MIN_SIDE_DAYS = 2;
/** Written days a week needs before its activities are sorted into energising and draining. */
export const WEEK_MIN_DAYS_FOR_ACTIVITIES = 3;

export type WeekLeanStatus = 'no-path-work' | 'one-sided' | 'thin' | 'unclear' | 'management' | 'architecture';

export interface WeekLean {
  status: WeekLeanStatus;
  /** The week's lean and band (null with no path work). */
  lean: number | null;
  band: Band | null;
  managementDays: number;
  architectureDays: number;
  /** The sentence the review shows. */
  text: string;
}

/** An activity whose feel this week was clearly on one side of neutral. */
export interface WeekActivity {
  id: string;
  label: string;
  meanFeel: number;
  /** The plausible range of that average. */
  band: Band;
  /** Days it was rated this week. */
  ratedDays: number;
}

export interface WeekActivities {
  /** False when the week has too few written days to sort its activities. */
  enough: boolean;
  energised: WeekActivity[];
  drained: WeekActivity[];
  /** The sentence the review shows when neither list has anything. */
  text: string;
}

export interface WeekSummary {
  week: WeekId;
  from: LocalDate;
  to: LocalDate;
  /** Days of the week with anything written, oldest first. */
  dates: LocalDate[];
  good: number;
  mixed: number;
  bad: number;
  /** Written days with no day kind chosen. */
  unmarked: number;
  lean: WeekLean;
  activities: WeekActivities;
}

function weekLean(
  point: { lean: number; band: Band; managementEntries: number; architectureEntries: number } | undefined,
): WeekLean {
  const people = point?.managementEntries ?? 0;
  const system = point?.architectureEntries ?? 0;
  const base = {
    lean: point ? point.lean : null,
    band: point ? point.band : null,
    managementDays: people,
    architectureDays: system,
  };
  if (!point || (people === 0 && system === 0)) {
    return {
      ...base,
      status: 'no-path-work',
      text: 'No people work or system-shaping work was logged this week, so there is nothing to compare.',
    };
  }
  if (people === 0 || system === 0) {
    const logged =
      people === 0
        ? `only system-shaping work (${plural(system, 'day')})`
        : `only people work (${plural(people, 'day')})`;
    return {
      ...base,
      status: 'one-sided',
      text: `This week logged ${logged}, so it says nothing about which felt better.`,
    };
  }
  if (Math.min(people, system) < WEEK_MIN_SIDE_DAYS) {
    return {
      ...base,
      status: 'thin',
      text: `Too few days to tell: people work on ${plural(people, 'day')} and system-shaping work on ${plural(system, 'day')}; a week needs at least ${WEEK_MIN_SIDE_DAYS} of each.`,
    };
  }
  const range = `lean ${signed(point.lean)}, plausible range ${signed(point.band[0])} to ${signed(point.band[1])}`;
  const confidence = bandConfidence(point.band);
  if (confidence === 'none') {
    return {
      ...base,
      status: 'unclear',
      text: `Neither kind of work clearly felt better this week (${range}): the difference is within chance.`,
    };
  }
  const path = point.lean > 0 ? 'architecture' : 'management';
  const better = path === 'architecture' ? 'System-shaping work' : 'People work';
  const worse = path === 'architecture' ? 'people work' : 'system-shaping work';
  return {
    ...base,
    status: path,
    text: `${better} felt better than ${worse} this week (${range}; ${CONFIDENCE_WORDS[confidence]}). One week is one week: Trends shows whether it lasts.`,
  };
}

function weekActivities(written: readonly Entry[], custom: readonly CustomActivity[]): WeekActivities {
  if (written.length < WEEK_MIN_DAYS_FOR_ACTIVITIES) {
    return {
      enough: false,
      energised: [],
      drained: [],
      text: `Too few days to tell which activities energised or drained you: ${plural(written.length, 'day')} written, and this needs ${WEEK_MIN_DAYS_FOR_ACTIVITIES}.`,
    };
  }
  const feels = activityFeels(written, custom);
  const clear = (reading: 'energising' | 'draining') =>
    feels.flatMap((row): WeekActivity[] =>
      row.reading === reading && row.meanFeel !== null && row.band
        ? [{ id: row.id, label: row.label, meanFeel: row.meanFeel, band: row.band, ratedDays: row.days - row.unrated }]
        : [],
    );
  const energised = clear('energising');
  const drained = clear('draining');
  const text =
    energised.length + drained.length > 0
      ? ''
      : 'No activity clearly energised or drained you this week: over a few days, how one felt cannot yet be told apart from chance.';
  return { enough: true, energised, drained, text };
}

/** The review's summary of `week`, from the journal's entries (any range; only the week's days are read). */
export function summariseWeek(
  entries: readonly Entry[],
  week: WeekId,
  customActivities: readonly CustomActivity[] = [],
): WeekSummary {
  const { from, to } = weekDates(week);
  const written = entries
    .filter((entry) => entry.date >= from && entry.date <= to && !isBlankEntry(entry))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const count = (kind: Entry['dayKind']) => written.filter((entry) => entry.dayKind === kind).length;
  const report = analyzePaths(written, { from, to, now: to, customActivities });
  return {
    week,
    from,
    to,
    dates: written.map((entry) => entry.date),
    good: count('good'),
    mixed: count('mixed'),
    bad: count('bad'),
    unmarked: count(null),
    lean: weekLean(report.weekly.find((point) => point.key === week)),
    activities: weekActivities(written, customActivities),
  };
}
