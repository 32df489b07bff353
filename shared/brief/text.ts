import type { PathLean } from '../activities';
import { formatDate } from '../dateFormat';
import type { LocalDate } from '../dates';
import { ROLE_NAMES } from '../entry';
import type { DriverSummary, Headline, TimingBar, TrendsData, WorstDaySide, WorstHourShare } from '../trends';
import { capitalise, percent, plural } from '../words';

/** Sentences shared by the brief on screen and its markdown, so both say the same thing. */

/** Stages need this many rated days before the brief compares them. */
export const MIN_TIMING_DAYS = 5;

export const briefDate = (date: LocalDate) => formatDate(date, 'shortWeekdayDate');

const PATH_WORK: Readonly<Record<PathLean, string>> = {
  management: 'people work',
  architecture: 'system work',
  neutral: 'neither path',
};

/** The headline's further notes, in the order they are shown: what is missing, the trend, the age of the data, unrated work. */
export function headlineNotes(headline: Headline): string[] {
  return [headline.explanation, headline.trend, headline.basis, headline.unrated].filter(
    (note): note is string => note !== null,
  );
}

const rangeOf = ([low, high]: readonly [number, number]) => `${Math.round(low * 100)}–${percent(high)}`;

type Drivers = TrendsData['drivers'];

const usualRate = (drivers: Drivers, side: 'good' | 'bad') =>
  drivers.baseline.entries > 0 ? drivers.baseline[side] / drivers.baseline.entries : 0;

/** 'Design doc (system work): good on 8 of 10 days (80%, plausible range 55–93%), against 50% of all your rated days' */
export function driverLine(driver: DriverSummary, side: 'good' | 'bad', drivers: Drivers): string {
  const count = side === 'good' ? driver.good : driver.bad;
  const band = side === 'good' ? driver.goodBand : driver.badBand;
  return (
    `${driver.label} (${PATH_WORK[driver.lean]}): ${side} on ${count} of ${plural(driver.entries, 'day')} ` +
    `(${percent(count / driver.entries)}, plausible range ${rangeOf(band)}), against ${percent(usualRate(drivers, side))} of all your rated days`
  );
}

/** Why a drivers list is empty, naming chance as chance, or null when it is not empty. */
export function noDriversLine(data: TrendsData, side: 'good' | 'bad'): string | null {
  const { drivers } = data;
  if (drivers[side].length > 0) return null;
  if (drivers.compared === 0) {
    return `No activity has enough rated days to compare yet (each needs at least ${plural(drivers.minSupport, 'rated day')}).`;
  }
  const near = drivers.withinChance[side];
  if (near > 0) {
    return (
      `No activity stands out on ${side} days beyond chance: ${plural(near, 'activity', 'activities')} went with ${side} days ` +
      `more often than usual, but by no more than chance alone gives over this many days, so none is listed.`
    );
  }
  return `No activity went with ${side} days more often than usual.`;
}

const answerText = (word: string, share: WorstHourShare) =>
  `${word} ${share.count} (${percent(share.rate ?? 0)}, plausible range ${rangeOf(share.band)})`;

/** 'Architect, 16 answers: yes 8 (50%, plausible range 22–78%) · not sure 4 (…) · no 4 (…)' */
export function worstHourRoleLine(side: WorstDaySide): string {
  const name = ROLE_NAMES[side.path];
  if (side.answered === 0) return `${name}: no answers.`;
  return `${name}, ${plural(side.answered, 'answer')}: ${[
    answerText('yes', side.yes),
    answerText('not sure', side.unsure),
    answerText('no', side.no),
  ].join(' · ')}.`;
}

const VERDICTS = {
  yes: (role: string) => `you would still take the ${role} role`,
  no: (role: string) => `you would turn the ${role} role down`,
  unsure: (role: string) => `you are unsure about the ${role} role`,
} as const;

/** Whether `a`'s share of one answer is clearly above `b`'s: their bands do not overlap. */
const clearlyMore = (a: WorstHourShare, b: WorstHourShare) =>
  a.rate !== null && b.rate !== null && a.band[0] > b.band[1];

/**
 * What the worst-hour answers say, as far as their bands allow: each role's
 * answer on most bad days (when its band lies above one half), and which role
 * was more often kept or turned down (when the bands do not overlap).
 */
export function worstHourSentence({ badDays, management, architecture }: TrendsData['worstDay']): string {
  if (badDays === 0) return 'No bad days in this range, so the worst-hour test has no answers yet.';
  if (management.answered === 0 && architecture.answered === 0) {
    return `${plural(badDays, 'bad day')} in this range, but the worst-hour test was not answered on any of them.`;
  }
  const role = (side: WorstDaySide) => ROLE_NAMES[side.path].toLowerCase();
  const verdicts = [management, architecture].flatMap((side) =>
    side.verdict ? [VERDICTS[side.verdict](role(side))] : [],
  );
  const comparisons: string[] = [];
  for (const [a, b] of [
    [management, architecture],
    [architecture, management],
  ] as const) {
    if (clearlyMore(a.yes, b.yes))
      comparisons.push(`you would more often still take the ${role(a)} role than the ${role(b)} role`);
    if (clearlyMore(a.no, b.no))
      comparisons.push(`you would more often turn the ${role(a)} role down than the ${role(b)} role`);
  }
  if (verdicts.length === 0 && comparisons.length === 0) {
    return `Over ${plural(badDays, 'bad day')} your answers do not clearly favour either role yet: every difference is within chance.`;
  }
  const sentences = [
    ...(verdicts.length > 0 ? [`On most of your ${plural(badDays, 'bad day')} ${listed(verdicts)}.`] : []),
    ...(comparisons.length > 0 ? [`${capitalise(listed(comparisons))}.`] : []),
  ];
  return sentences.join(' ');
}

const listed = (parts: readonly string[]) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;

const rateOf = (bar: TimingBar) => `${percent(bar.goodRate ?? 0)} of ${plural(bar.days, 'day')}`;

/**
 * When in the conversation the user's days went best: a stage is named best
 * only when its band lies above every other compared stage's band, and never
 * when there is nothing to compare it with.
 */
export function timingSentence(timing: readonly TimingBar[]): string {
  const compared = timing.filter((bar) => bar.days >= MIN_TIMING_DAYS && bar.goodRate !== null);
  const needed = `each stage needs ${plural(MIN_TIMING_DAYS, 'rated day')} before it is compared`;
  if (compared.length === 0) return `Not enough days with a timing yet: ${needed}.`;
  const ranked = [...compared].sort((a, b) => (b.goodRate ?? 0) - (a.goodRate ?? 0));
  const [best, ...rest] = ranked;
  if (!best) return '';
  const at = (bar: TimingBar) => `“${bar.label.toLowerCase()}”`;
  if (rest.length === 0) {
    return `Only ${at(best)} has enough days yet: good on ${rateOf(best)}. There is nothing to compare it with until another stage has them (${needed}).`;
  }
  if (rest.every((bar) => best.band[0] > bar.band[1])) {
    const others = rest.map((bar) => `${rateOf(bar)} at ${at(bar)}`).join(', ');
    return `Days went best when you joined at ${at(best)}: good on ${rateOf(best)}, against ${others}.`;
  }
  const rates = ranked.map((bar) => `${rateOf(bar)} at ${at(bar)}`);
  return `Good on ${listed(rates)}. No stage stands out: the gaps are within what chance could produce.`;
}
