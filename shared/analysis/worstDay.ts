import type { LocalDate } from '../dates';
import type { Entry, Path } from '../entry';
import { countAnswer } from './dayKinds';
import { DayList } from './dayList';
import { wilsonBand } from './stats';
import type { WorstDayPath, WorstDayReport } from './types';

interface AnswerTally {
  yes: number;
  no: number;
  unsure: number;
  days: DayList;
}

const emptyTally = (): AnswerTally => ({ yes: 0, no: 0, unsure: 0, days: new DayList() });

/** Collects the worst-day answers ("would I still take this path's role?") given on bad days. */
export class WorstDayTally {
  private readonly days = new DayList();
  private readonly management = emptyTally();
  private readonly architecture = emptyTally();

  /** `position` is the day's place in the date-ordered list of analysed days. */
  addBadDay(entry: Entry, position: number): void {
    this.days.push(position);
    const { management, architecture } = entry.worstDay;
    if (management) {
      countAnswer(this.management, management);
      this.management.days.push(position);
    }
    if (architecture) {
      countAnswer(this.architecture, architecture);
      this.architecture.days.push(position);
    }
  }

  report(z: number, dates: readonly LocalDate[]): WorstDayReport {
    const row = (path: Path, { yes, no, unsure, days }: AnswerTally): WorstDayPath => {
      const answered = yes + no + unsure;
      return {
        path,
        answered,
        yes,
        no,
        unsure,
        yesRate: answered > 0 ? yes / answered : null,
        band: wilsonBand(yes, answered, z),
        dates: days.dates(dates),
      };
    };
    return {
      badDays: this.days.length,
      dates: this.days.dates(dates),
      management: row('management', this.management),
      architecture: row('architecture', this.architecture),
    };
  }
}
