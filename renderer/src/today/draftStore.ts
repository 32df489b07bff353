import { z } from 'zod';
import { entrySchema, localDateSchema, type Entry, type LocalDate } from '../../../shared';

/**
 * The write-ahead copy of a day being edited: written synchronously on every
 * change, so what was typed survives a reload, a closed tab or a crash that
 * cuts off the IndexedDB save, and removed once that save has landed. When
 * the day opens again the copy is reconciled with what storage holds
 * (DraftSession.observe).
 */
export interface PendingDraft {
  entry: Entry;
  /** The stored revision the draft was edited from; null for a day not yet stored. */
  baseRevision: number | null;
}

export interface DraftStore {
  read(date: LocalDate): PendingDraft | null;
  /** False when the copy could not be kept (storage full or disabled). */
  write(date: LocalDate, draft: PendingDraft): boolean;
  clear(date: LocalDate): void;
  /** The dates that have a copy waiting. */
  dates(): LocalDate[];
}

/** Each day's copy is one Web Storage item under this prefix and its date. */
export const DRAFT_KEY_PREFIX = 'forkcast.draft.';

/** A copy as stored in the clear; under the lock, the same object is sealed (journalDrafts.ts). */
export const pendingDraftSchema = z.object({
  version: z.literal(1),
  entry: entrySchema,
  baseRevision: z.number().int().min(1).nullable(),
});

/** A draft store over a Web Storage area (localStorage in the app); any failure of the area reads as "no draft". */
export function webDraftStore(storage: () => Storage | null = () => globalThis.localStorage ?? null): DraftStore {
  const area = (): Storage | null => {
    try {
      return storage();
    } catch {
      // Reading localStorage throws where the browser disables storage.
      return null;
    }
  };
  return {
    read(date) {
      const text = area()?.getItem(DRAFT_KEY_PREFIX + date);
      if (!text) return null;
      try {
        const parsed = pendingDraftSchema.safeParse(JSON.parse(text));
        if (parsed.success && parsed.data.entry.date === date) {
          return { entry: parsed.data.entry, baseRevision: parsed.data.baseRevision };
        }
      } catch {
        // Not JSON: treated like any other unreadable copy below.
      }
      console.warn(`Forkcast: dropped an unreadable draft of ${date}`);
      area()?.removeItem(DRAFT_KEY_PREFIX + date);
      return null;
    },
    write(date, draft) {
      try {
        const target = area();
        if (!target) return false;
        target.setItem(DRAFT_KEY_PREFIX + date, JSON.stringify({ version: 1, ...draft }));
        return true;
      } catch {
        return false;
      }
    },
    clear(date) {
      try {
        area()?.removeItem(DRAFT_KEY_PREFIX + date);
      } catch {
        // Nothing to clear where storage is unavailable.
      }
    },
    dates() {
      const target = area();
      if (!target) return [];
      const found: LocalDate[] = [];
      for (let i = 0; i < target.length; i += 1) {
        const key = target.key(i);
        if (!key?.startsWith(DRAFT_KEY_PREFIX)) continue;
        const date = key.slice(DRAFT_KEY_PREFIX.length);
        if (localDateSchema.safeParse(date).success) found.push(date);
      }
      return found.sort();
    },
  };
}
