import type { LocalDate } from '../dates';
import { STAGES, type DayKind, type Stage } from '../entry';
import { countKind } from './dayKinds';
import { DayList } from './dayList';
import { wilsonBand } from './stats';
import type { TimingRow } from './types';

interface StageTally {
  good: number;
  mixed: number;
  bad: number;
  days: DayList;
}

/** Counts day kinds by the stage at which the user joined the day's main conversation. */
export class TimingTally {
  private readonly stages = new Map<Stage, StageTally>(
    STAGES.map((stage) => [stage, { good: 0, mixed: 0, bad: 0, days: new DayList() }]),
  );

  add(stage: Stage, kind: DayKind, position: number): void {
    const tally = this.stages.get(stage);
    if (!tally) return;
    countKind(tally, kind);
    tally.days.push(position);
  }

  /** One row per stage, in stage order, with the good-day rate and its Wilson band. */
  report(z: number, dates: readonly LocalDate[]): TimingRow[] {
    return STAGES.map((stage) => {
      const { good, mixed, bad, days } = this.stages.get(stage) ?? { good: 0, mixed: 0, bad: 0, days: new DayList() };
      const entries = good + mixed + bad;
      return {
        stage,
        entries,
        good,
        mixed,
        bad,
        goodRate: entries > 0 ? good / entries : null,
        band: wilsonBand(good, entries, z),
        dates: days.dates(dates),
      };
    });
  }
}
