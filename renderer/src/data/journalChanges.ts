import { z } from 'zod';
import { localDateSchema, LIMITS, type DecisionPlan, type Entry, type LocalDate, type Review } from '../../../shared';

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

/**
 * The app's other windows (the quick-capture window saves days into the same
 * database) hear which days this one changed: the dates only, never the text,
 * which each window reads from the database itself (otherWindowDays.ts).
 */
const CHANNEL = 'forkcast-journal-days';
const otherWindowSchema = z.object({
  from: z.string().max(100),
  dates: z.array(localDateSchema).min(1).max(LIMITS.importFiles),
});
/** Names this window's messages: a window's own channels hear them too, and it must not read its own saves again. */
const THIS_WINDOW = crypto.randomUUID();
function tellOtherWindows(change: JournalChange): void {
  if (change === 'all' || change.days.size === 0 || typeof BroadcastChannel === 'undefined') return;
  // A channel per message, closed at once (what was posted is still delivered): none stays open to hold Node's tests.
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ from: THIS_WINDOW, dates: [...change.days.keys()] });
  channel.close();
}

/** Calls `listener` with the days another window of the app changed; returns the function that stops it. */
export function onOtherWindowDays(listener: (dates: LocalDate[]) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = otherWindowSchema.safeParse(event.data);
    if (parsed.success) {
      if (parsed.data.from !== THIS_WINDOW) listener(parsed.data.dates);
    } else console.error('Forkcast: ignored a malformed message from another window', parsed.error);
  };
  return () => channel.close();
}

/** Tells this window's listeners, and the other windows, what changed; `fromOtherWindow` is not told back. */
export function noteJournalChange(change: JournalChange, fromOtherWindow = false): void {
  if (!fromOtherWindow) tellOtherWindows(change);
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
