import { z } from 'zod';
import type { LocalDate } from '../../../shared';
import { fromBase64, toBase64 } from '../crypto/bytes';
import { LABELS, openJson, sealJson } from '../crypto/envelope';
import { beforeJournalOpens, keyState, onKeyStateChange, type KeyState } from '../data/journalKey';
import { DRAFT_KEY_PREFIX, pendingDraftSchema, webDraftStore, type DraftStore, type PendingDraft } from './draftStore';

/** A write-ahead copy sealed with the journal's key, as Web Storage holds it. */
const sealedCopySchema = z.object({ version: z.literal(2), iv: z.base64(), data: z.base64() });

/**
 * The write-ahead copies of the days being edited, under the lock or not.
 *
 * Without a lock they are plain Web Storage items (draftStore.ts). With one,
 * nothing the user typed may sit in the clear, so each copy is sealed with
 * the journal's key before it is stored. Sealing is asynchronous and the
 * editor writes synchronously on every change, so while the journal is open
 * the copies live in memory, read and written at once, and each change is
 * sealed and stored a moment later (a crash in that moment loses at most the
 * last keystroke's copy; the autosave follows 0.4 s later anyway). The copies
 * are decrypted into memory before the views open (`open`) and dropped when
 * the journal locks. Turning the lock on seals the plain copies; turning it
 * off writes them back in the clear.
 */
export class JournalDrafts implements DraftStore {
  private mode: 'plain' | 'closed' | 'sealed' = 'plain';
  private key: CryptoKey | null = null;
  private readonly copies = new Map<LocalDate, PendingDraft>();
  private readonly writes = new Map<LocalDate, Promise<void>>();
  /** Bumped on every change of mode or key, so a seal that finishes late never stores a stale copy. */
  private generation = 0;
  private readonly plain: DraftStore;

  constructor(private readonly storage: () => Storage | null) {
    this.plain = webDraftStore(storage);
  }

  private area(): Storage | null {
    try {
      return this.storage();
    } catch {
      return null;
    }
  }

  /** Follows the journal's lock: plain without one, closed while locked, sealed while unlocked. */
  follow = (state: KeyState): void => {
    if (state.status === 'unlocked') {
      if (this.mode === 'sealed' && this.key === state.key) return;
      this.reset('sealed', state.key);
      return;
    }
    if (state.status === 'none' && this.mode === 'sealed') {
      // The lock was turned off: the copies go back to the clear, as the journal does.
      for (const [date, copy] of this.copies) this.plain.write(date, copy);
    }
    this.reset(state.status === 'none' ? 'plain' : 'closed', null);
  };

  private reset(mode: JournalDrafts['mode'], key: CryptoKey | null): void {
    this.mode = mode;
    this.key = key;
    this.copies.clear();
    this.writes.clear();
    this.generation += 1;
  }

  /** Decrypts the stored copies into memory, and seals any left in the clear from before the lock. */
  open = async (key: CryptoKey): Promise<void> => {
    if (this.mode !== 'sealed' || this.key !== key) return;
    const generation = this.generation;
    const area = this.area();
    if (!area) return;
    const dates = [];
    for (let index = 0; index < area.length; index += 1) {
      const name = area.key(index);
      if (name?.startsWith(DRAFT_KEY_PREFIX)) dates.push(name.slice(DRAFT_KEY_PREFIX.length));
    }
    await Promise.all(
      dates.map(async (date) => {
        const copy = await this.readStored(key, area, date);
        if (generation !== this.generation || this.copies.has(date)) return;
        if (copy === null) {
          console.warn(`Forkcast: dropped an unreadable draft of ${date}`);
          area.removeItem(DRAFT_KEY_PREFIX + date);
          return;
        }
        this.copies.set(date, copy.draft);
        if (!copy.sealed) this.persist(date);
      }),
    );
  };

  private async readStored(key: CryptoKey, area: Storage, date: string) {
    try {
      const stored: unknown = JSON.parse(area.getItem(DRAFT_KEY_PREFIX + date) ?? 'null');
      const box = sealedCopySchema.safeParse(stored);
      const value = box.success
        ? await openJson(key, { iv: fromBase64(box.data.iv), data: fromBase64(box.data.data) }, LABELS.draft(date))
        : stored;
      const parsed = pendingDraftSchema.safeParse(value);
      if (!parsed.success || parsed.data.entry.date !== date) return null;
      return { draft: { entry: parsed.data.entry, baseRevision: parsed.data.baseRevision }, sealed: box.success };
    } catch {
      return null;
    }
  }

  /** Seals the day's latest copy and stores it, after any earlier write of that day. */
  private persist(date: LocalDate): void {
    const { generation, key } = this;
    const area = this.area();
    if (!key || !area) return;
    const write = (this.writes.get(date) ?? Promise.resolve())
      .then(async () => {
        const copy = this.copies.get(date);
        if (!copy || generation !== this.generation) return;
        const box = await sealJson(key, { version: 1, ...copy }, LABELS.draft(date));
        // Cleared, replaced or locked meanwhile: a later write (or none) stands.
        if (generation !== this.generation || this.copies.get(date) !== copy) return;
        area.setItem(
          DRAFT_KEY_PREFIX + date,
          JSON.stringify({ version: 2, iv: toBase64(box.iv), data: toBase64(box.data) }),
        );
      })
      .catch(() => undefined);
    this.writes.set(date, write);
  }

  read(date: LocalDate): PendingDraft | null {
    if (this.mode === 'plain') return this.plain.read(date);
    return this.copies.get(date) ?? null;
  }

  write(date: LocalDate, draft: PendingDraft): boolean {
    if (this.mode === 'plain') return this.plain.write(date, draft);
    if (this.mode === 'closed' || this.area() === null) return false;
    this.copies.set(date, draft);
    this.persist(date);
    return true;
  }

  clear(date: LocalDate): void {
    if (this.mode === 'plain') return this.plain.clear(date);
    if (this.mode === 'closed') return;
    this.copies.delete(date);
    this.plain.clear(date);
  }

  dates(): LocalDate[] {
    if (this.mode === 'plain') return this.plain.dates();
    return [...this.copies.keys()].sort();
  }

  /** Resolves once every sealed copy begun so far is stored (tests, and a closing window). */
  async settled(): Promise<void> {
    await Promise.all(this.writes.values());
  }
}

/** The drafts of this browser profile, following the journal's lock. */
export const localDraftStore = new JournalDrafts(() => globalThis.localStorage ?? null);
localDraftStore.follow(keyState());
onKeyStateChange(localDraftStore.follow);
beforeJournalOpens(localDraftStore.open);
