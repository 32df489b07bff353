import type { DecisionPlan, Entry, LocalDate, Review } from '../../../shared';

/**
 * Tells whoever mirrors the journal (the live folder) which days this window
 * just changed, with the day as saved (null: the day was removed), the
 * weekly reviews and the decision plan saved, or that the whole journal was
 * replaced ('all', a restore). Called by the repositories after their
 * transaction committed, never before.
 */
export type JournalChange = SomeChanged | 'all';

export interface SomeChanged {
  days: ReadonlyMap<LocalDate, Entry | null>;
  reviews?: readonly Review[];
  decision?: DecisionPlan;
}

const listeners = new Set<(change: JournalChange) => void>();

/** Called with every change; returns the function that stops it. */
export function onJournalChange(listener: (change: JournalChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function noteJournalChange(change: JournalChange): void {
  for (const listener of listeners) {
    try {
      listener(change);
    } catch (error) {
      // A mirror that fails must never fail the save that already happened.
      console.error('Forkcast: a journal change listener failed', error);
    }
  }
}

/** The change of some days saved and some removed. */
export function daysChanged(saved: readonly Entry[], removed: readonly LocalDate[] = []): SomeChanged {
  const days = new Map<LocalDate, Entry | null>(removed.map((date) => [date, null]));
  for (const entry of saved) days.set(entry.date, entry);
  return { days };
}
