import type { LocalDate } from '../dates';
import { HIGHLIGHT_KINDS, type HighlightKindId } from '../highlights';
import { monthKey } from './calendar';
import { DayList } from './dayList';
import type { HighlightCount, HighlightMonth, HighlightReport } from './types';

interface KindTally extends Omit<HighlightCount, 'dates'> {
  index: number;
  days: DayList;
}

interface MonthTally {
  month: number;
  /** Count per kind, in catalog order. */
  counts: number[];
}

/** Counts highlight kinds overall and per month; days arrive in date order. */
export class HighlightTally {
  private readonly kinds = new Map<string, KindTally>(
    HIGHLIGHT_KINDS.map((kind, index) => [
      kind.id,
      { kind: kind.id, label: kind.label, lean: kind.lean, count: 0, index, days: new DayList() },
    ]),
  );
  private readonly months: MonthTally[] = [];
  private current: MonthTally | undefined;

  /** `position` is the day's place in the date-ordered list of analysed days. */
  add(kind: HighlightKindId, month: number, position: number): void {
    const tally = this.kinds.get(kind);
    if (!tally) return;
    tally.count += 1;
    tally.days.push(position);
    if (this.current?.month !== month) {
      this.current = { month, counts: HIGHLIGHT_KINDS.map(() => 0) };
      this.months.push(this.current);
    }
    this.current.counts[tally.index] = (this.current.counts[tally.index] ?? 0) + 1;
  }

  /** Every kind in catalog order, and one row per month from `firstMonth` to `lastMonth`. */
  report(firstMonth: number, lastMonth: number, dates: readonly LocalDate[]): HighlightReport {
    const monthly: HighlightMonth[] = [];
    let next = 0;
    for (let month = firstMonth; month <= lastMonth; month += 1) {
      const tally = this.months[next]?.month === month ? this.months[next] : undefined;
      if (tally) next += 1;
      const counts: HighlightMonth['counts'] = {};
      let total = 0;
      HIGHLIGHT_KINDS.forEach((kind, index) => {
        const count = tally?.counts[index] ?? 0;
        if (count > 0) counts[kind.id] = count;
        total += count;
      });
      monthly.push({ key: monthKey(month), total, counts });
    }
    const kinds = [...this.kinds.values()].map(({ index: _index, days, ...count }) => ({
      ...count,
      dates: days.dates(dates),
    }));
    return { kinds, monthly };
  }
}
