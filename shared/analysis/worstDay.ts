import type { LocalDate } from '../dates';
import { WORST_DAY_ANSWERS, type Entry, type Path, type WorstDayAnswer } from '../entry';
import { DayList } from './dayList';
import { wilsonBand } from './stats';
import type { AnswerShare, WorstDayPath, WorstDayReport } from './types';

/** For one role, the days of each answer, and every day it was answered at all (kept apart, so it needs no sorting). */
type AnswerTally = Record<WorstDayAnswer | 'any', DayList>;

const emptyTally = (): AnswerTally => ({
  yes: new DayList(),
  no: new DayList(),
  unsure: new DayList(),
  any: new DayList(),
});

/** Collects the worst-hour test's answers ("would I still take this path's role?") given on bad days. */
export class WorstDayTally {
  private readonly days = new DayList();
  private readonly management = emptyTally();
  private readonly architecture = emptyTally();

  /** `position` is the day's place in the date-ordered list of analysed days. */
  addBadDay(entry: Entry, position: number): void {
    this.days.push(position);
    const { management, architecture } = entry.worstDay;
    if (management) {
      this.management[management].push(position);
      this.management.any.push(position);
    }
    if (architecture) {
      this.architecture[architecture].push(position);
      this.architecture.any.push(position);
    }
  }

  /**
   * Per role, every answer with its share of the answers and a Wilson band:
   * a strong "no" matters as much as a "yes". A role's verdict is the answer
   * whose whole band lies above one half, if any.
   */
  report(z: number, dates: readonly LocalDate[]): WorstDayReport {
    const row = (path: Path, tally: AnswerTally): WorstDayPath => {
      const answered = tally.any.length;
      const share = (answer: WorstDayAnswer): AnswerShare => {
        const count = tally[answer].length;
        return {
          count,
          rate: answered > 0 ? count / answered : null,
          band: wilsonBand(count, answered, z),
          dates: tally[answer].dates(dates),
        };
      };
      const answers = { yes: share('yes'), unsure: share('unsure'), no: share('no') };
      const verdict = WORST_DAY_ANSWERS.find((answer) => answers[answer].band[0] > 0.5) ?? null;
      return { path, answered, ...answers, verdict, dates: tally.any.dates(dates) };
    };
    return {
      badDays: this.days.length,
      dates: this.days.dates(dates),
      management: row('management', this.management),
      architecture: row('architecture', this.architecture),
    };
  }
}
