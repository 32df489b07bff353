import type { LocalDate } from '../dates';

/**
 * A growing list of days, kept as positions in the date-ordered list of
 * analysed days. Positions live in a typed array, off the garbage-collected
 * heap, so collecting the evidence behind every figure stays cheap on large
 * journals; dates are looked up only for the figures that are reported.
 */
export class DayList {
  private positions = new Int32Array(16);
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(position: number): void {
    if (this.size === this.positions.length) {
      const grown = new Int32Array(this.size * 2);
      grown.set(this.positions);
      this.positions = grown;
    }
    this.positions[this.size] = position;
    this.size += 1;
  }

  /** The dates at the stored positions of `dates`, in the order they were added. */
  dates(dates: readonly LocalDate[]): LocalDate[] {
    const out = new Array<LocalDate>(this.size);
    for (let i = 0; i < this.size; i += 1) out[i] = dates[this.positions[i] ?? 0] ?? '';
    return out;
  }
}
