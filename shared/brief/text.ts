import { format } from 'date-fns';
import type { PathLean } from '../activities';
import { fromLocalDate, type LocalDate } from '../dates';
import type { DriverSummary, TimingBar, TrendsData, WorstDaySide } from '../trends';

/** Sentences shared by the brief on screen and its markdown, so both say the same thing. */

/** Stages need this many rated days before the brief compares them. */
export const MIN_TIMING_DAYS = 5;

export const percent = (rate: number) => `${Math.round(rate * 100)}%`;
export const briefDate = (date: LocalDate) => format(fromLocalDate(date), 'EEE d MMM yyyy');
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const PATH_WORK: Readonly<Record<PathLean, string>> = {
  management: 'people work',
  architecture: 'system work',
  neutral: 'neither path',
};

/** 'Design doc (system work): good on 8 of 10 days, 1.6× your usual rate' */
export function driverLine(driver: DriverSummary, side: 'good' | 'bad'): string {
  const count = side === 'good' ? driver.good : driver.bad;
  const lift = side === 'good' ? driver.goodLift : driver.badLift;
  return `${driver.label} (${PATH_WORK[driver.lean]}): ${side} on ${count} of ${plural(driver.entries, 'day')}, ${lift.toFixed(1)}× your usual rate`;
}

/** Why a drivers list is empty, or null when it is not. */
export function noDriversLine(data: TrendsData, side: 'good' | 'bad'): string | null {
  if (data.drivers[side].length > 0) return null;
  return `No activity stands out on ${side} days yet (each needs at least ${plural(data.drivers.minSupport, 'rated day')} to count).`;
}

const answers = (side: WorstDaySide) =>
  side.yesRate === null
    ? 'no answers'
    : `yes on ${side.yes} of ${plural(side.answered, 'answer')} (${percent(side.yesRate)})`;

/** Which role the user would still take on their bad days, as far as the answers show. */
export function worstDaySentence({ badDays, management, architecture }: TrendsData['worstDay']): string {
  if (badDays === 0) return 'No bad days in this range, so the worst-day test has no answers yet.';
  if (management.answered === 0 && architecture.answered === 0) {
    return `${plural(badDays, 'bad day')} in this range, but the worst-day test was not answered on any of them.`;
  }
  const detail = `Engineering manager: ${answers(management)}; architect: ${answers(architecture)}.`;
  const clearly = (a: WorstDaySide, b: WorstDaySide) =>
    a.yesRate !== null && b.yesRate !== null && a.band[0] > b.band[1];
  if (clearly(architecture, management)) {
    return `On your bad days you would more often still take the architect role. ${detail}`;
  }
  if (clearly(management, architecture)) {
    return `On your bad days you would more often still take the engineering manager role. ${detail}`;
  }
  return `Over ${plural(badDays, 'bad day')} your answers do not clearly favour either role yet. ${detail}`;
}

const rateOf = (bar: TimingBar) => `${percent(bar.goodRate ?? 0)} of ${plural(bar.days, 'day')}`;

/** When in the conversation the user's days went best, compared with the other stages. */
export function timingSentence(timing: readonly TimingBar[]): string {
  const compared = timing.filter((bar) => bar.days >= MIN_TIMING_DAYS && bar.goodRate !== null);
  if (compared.length === 0) {
    return `Not enough days with a timing yet: each stage needs ${plural(MIN_TIMING_DAYS, 'rated day')} before it is compared.`;
  }
  const [best, ...rest] = [...compared].sort((a, b) => (b.goodRate ?? 0) - (a.goodRate ?? 0));
  if (!best) return '';
  const lead = `Days went best when you joined at “${best.label.toLowerCase()}”: good on ${rateOf(best)}`;
  if (rest.length === 0) return `${lead}; no other stage has enough days to compare.`;
  const others = rest.map((bar) => `${rateOf(bar)} at “${bar.label.toLowerCase()}”`).join(', ');
  const clear = rest.every((bar) => best.band[0] > bar.band[1]);
  return `${lead}, against ${others}.${clear ? '' : ' The gap is within what chance could produce.'}`;
}
