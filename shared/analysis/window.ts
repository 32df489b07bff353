import type { LocalDate } from '../dates';
import type { Entry } from '../entry';
import type { ActivityLookup } from './activityLookup';
import { dayNumber } from './calendar';
import { hasSignal } from './collect';
import { countKind } from './dayKinds';
import { LeanMoments } from './lean';

/**
 * What one span of days held, counted by the same rules as the report: only
 * days with a signal, unrated activities left out of the lean. Experiments and
 * the pace before a decision compare spans the user chose, not weeks or
 * months, so they count their own.
 */
export interface DaySpan {
  from: LocalDate;
  to: LocalDate;
  /** The lean's sums over the span's days with rated path work. */
  moments: LeanMoments;
  /** Days with anything the analysis reads. */
  entries: number;
  /** Days with each kind of work logged at all, rated or not: what the user did, not how it felt. */
  managementLogged: number;
  architectureLogged: number;
  /** Days with a day kind, by kind. */
  good: number;
  mixed: number;
  bad: number;
  /** Every analysed day in the span, oldest first. */
  dates: LocalDate[];
}

/** Counts the entries dated `from` to `to`, inclusive; `entries` may come in any order. */
export function tallySpan(entries: readonly Entry[], from: LocalDate, to: LocalDate, lookup: ActivityLookup): DaySpan {
  const span: DaySpan = {
    from,
    to,
    moments: new LeanMoments(),
    entries: 0,
    managementLogged: 0,
    architectureLogged: 0,
    good: 0,
    mixed: 0,
    bad: 0,
    dates: [],
  };
  for (const entry of entries) {
    if (entry.date < from || entry.date > to || Number.isNaN(dayNumber(entry.date)) || !hasSignal(entry)) continue;
    span.entries += 1;
    span.dates.push(entry.date);
    if (entry.dayKind) countKind(span, entry.dayKind);
    let a = 0;
    let na = 0;
    let m = 0;
    let nm = 0;
    let people = false;
    let system = false;
    for (const activity of entry.activities) {
      const { sign } = lookup.get(activity.id);
      if (sign < 0) people = true;
      if (sign > 0) system = true;
      if (activity.feel === null || sign === 0) continue;
      if (sign > 0) {
        a += activity.feel | 0;
        na += 1;
      } else {
        m += activity.feel | 0;
        nm += 1;
      }
    }
    if (people) span.managementLogged += 1;
    if (system) span.architectureLogged += 1;
    if (na + nm > 0) span.moments.addDay(a, na, m, nm);
  }
  span.dates.sort();
  return span;
}
