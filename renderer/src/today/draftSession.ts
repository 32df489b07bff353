import { dayDifferences, emptyEntry, isBlankEntry, type Entry, type LocalDate } from '../../../shared';
import { saveEntry, type SaveResult } from '../data/entriesRepository';
import { describeStorageError } from '../data/errors';
import type { DraftStore } from './draftStore';
import { localDraftStore } from './journalDrafts';

/** Autosave waits this long after the last change; well under the one-second promise. */
export const AUTOSAVE_DELAY_MS = 400;

export type SaveState =
  | { status: 'clean' }
  | { status: 'unsaved' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  | { status: 'failed'; message: string }
  /** Another window saved this day while this one had unsaved changes. */
  | { status: 'conflict'; theirs: Entry };

export interface DraftSnapshot {
  /** Null until the stored day has been read. */
  entry: Entry | null;
  saveState: SaveState;
  /** True once the journal holds this day (it can then be moved or deleted). */
  stored: boolean;
}

type Save = (entry: Entry, baseRevision: number | null) => Promise<SaveResult>;

export interface DraftSessionOptions {
  save?: Save;
  delayMs?: number;
  /** Where the write-ahead copy of every change goes. */
  drafts?: DraftStore;
}

const sameContent = (a: Entry, b: Entry) => dayDifferences(a, b).length === 0;

/**
 * The draft of one day being edited, and the rules for keeping it safe: every
 * change is copied at once to a write-ahead store (localStorage) and saved to
 * the journal shortly after; a failed save keeps the text and says why; a
 * copy left by a page that closed mid-save is taken back when the day opens;
 * a save made by another window is adopted when nothing here is unsaved and
 * becomes a conflict the user settles otherwise. Plain class, no React, so
 * the rules are tested on their own; `useEntryEditor` connects it to the UI.
 */
export class DraftSession {
  private snapshot: DraftSnapshot = { entry: null, saveState: { status: 'clean' }, stored: false };
  private readonly listeners = new Set<() => void>();
  private baseRevision: number | null = null;
  private changes = 0;
  private savedChanges = 0;
  /** False when the last change could not be copied to the write-ahead store either. */
  private keptAhead = true;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Set once the day is deleted or moved from here: nothing may be saved to it any more. */
  private discarded = false;
  private readonly save: Save;
  private readonly delayMs: number;
  private readonly drafts: DraftStore;

  constructor(
    readonly date: LocalDate,
    { save = saveEntry, delayMs = AUTOSAVE_DELAY_MS, drafts = localDraftStore }: DraftSessionOptions = {},
  ) {
    this.save = save;
    this.delayMs = delayMs;
    this.drafts = drafts;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DraftSnapshot => this.snapshot;

  get isDirty(): boolean {
    return this.changes !== this.savedChanges;
  }

  /** True when a change is neither saved nor held in the write-ahead store: closing now would lose it. */
  get hasUnkeptChanges(): boolean {
    return this.isDirty && !this.keptAhead;
  }

  private get inConflict(): boolean {
    return this.snapshot.saveState.status === 'conflict';
  }

  private set(next: Partial<Omit<DraftSnapshot, 'stored'>>): void {
    this.snapshot = { ...this.snapshot, ...next, stored: this.baseRevision !== null };
    for (const listener of this.listeners) listener();
  }

  private adopt(entry: Entry, saveState: SaveState): void {
    this.baseRevision = entry.revision;
    this.savedChanges = this.changes;
    this.drafts.clear(this.date);
    this.set({ entry, saveState });
  }

  private writeAhead(entry: Entry): void {
    this.keptAhead = this.drafts.write(this.date, { entry, baseRevision: this.baseRevision });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Takes in what storage holds for the day, first on load and then on every change from anywhere. */
  observe = (stored: Entry | null): void => {
    if (this.discarded) return;
    if (this.snapshot.entry === null) {
      this.open(stored);
      return;
    }
    if (!stored || stored.revision === this.baseRevision) return;
    if (this.isDirty) this.set({ saveState: { status: 'conflict', theirs: stored } });
    else this.adopt(stored, { status: 'saved', at: stored.updatedAt });
  };

  /** The first look at the day: what storage holds, reconciled with a write-ahead copy left behind. */
  private open(stored: Entry | null): void {
    const pending = this.drafts.read(this.date);
    if (!pending || (stored && sameContent(stored, pending.entry))) {
      if (stored) this.adopt(stored, { status: 'clean' });
      else {
        this.drafts.clear(this.date);
        this.set({ entry: emptyEntry(this.date, new Date()) });
      }
      return;
    }
    // The copy holds changes the journal never received: they are this window's unsaved edits again.
    this.changes += 1;
    if (stored && stored.revision !== pending.baseRevision) {
      // Saved elsewhere since the copy was made: the user chooses, as for any other clash.
      this.baseRevision = pending.baseRevision;
      this.set({ entry: pending.entry, saveState: { status: 'conflict', theirs: stored } });
      return;
    }
    this.baseRevision = stored?.revision ?? null;
    this.set({ entry: pending.entry, saveState: { status: 'unsaved' } });
    void this.flush();
  }

  update = (change: (entry: Entry) => Entry): void => {
    const current = this.snapshot.entry;
    if (!current || this.discarded) return;
    this.changes += 1;
    const next = change(current);
    this.writeAhead(next);
    if (this.inConflict) {
      this.set({ entry: next });
      return;
    }
    this.set({ entry: next, saveState: { status: 'unsaved' } });
    this.schedule();
  };

  /** Saves now whatever is unsaved; used on a timer, on hide, on leaving the day, on closing and by Retry. */
  flush = async (): Promise<void> => {
    clearTimeout(this.timer);
    if (this.inFlight) {
      await this.inFlight;
      return this.isDirty ? this.flush() : undefined;
    }
    const entry = this.snapshot.entry;
    if (!entry || !this.isDirty || this.inConflict || this.discarded) return;
    if (this.baseRevision === null && isBlankEntry(entry)) {
      // Nothing written yet: an empty day is not worth storing.
      this.savedChanges = this.changes;
      this.drafts.clear(this.date);
      this.set({ saveState: { status: 'clean' } });
      return;
    }
    this.inFlight = this.write(entry, this.changes);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  };

  private async write(entry: Entry, changesAtStart: number): Promise<void> {
    this.set({ saveState: { status: 'saving' } });
    let result: SaveResult;
    try {
      result = await this.save(entry, this.baseRevision);
    } catch (error) {
      // Not retried on a timer: the next edit or the Retry button tries again. The write-ahead copy stays.
      this.set({ saveState: { status: 'failed', message: describeStorageError(error) } });
      return;
    }
    if (result.status === 'conflict') {
      if (sameContent(result.current, entry)) {
        // The same words reached the journal another way (a recovered copy saved twice): nothing to settle.
        this.baseRevision = result.current.revision;
        this.savedChanges = changesAtStart;
        if (!this.isDirty) this.adopt(result.current, { status: 'saved', at: result.current.updatedAt });
        else this.schedule();
        return;
      }
      this.set({ saveState: { status: 'conflict', theirs: result.current } });
      return;
    }
    this.baseRevision = result.entry.revision;
    this.savedChanges = changesAtStart;
    if (this.isDirty) {
      // Typing went on during the save: copy the rest against the new revision and save it on the usual timer.
      if (this.snapshot.entry) this.writeAhead(this.snapshot.entry);
      this.set({ saveState: { status: 'unsaved' } });
      this.schedule();
    } else {
      this.drafts.clear(this.date);
      this.set({ saveState: { status: 'saved', at: result.entry.updatedAt } });
    }
  }

  /**
   * Stops this session for good, before its day is deleted or moved: waits for
   * a save under way, then drops the pending changes and the write-ahead copy,
   * so nothing writes the day back. Answers the day as it was on screen.
   */
  discard = async (): Promise<Entry | null> => {
    this.discarded = true;
    clearTimeout(this.timer);
    await this.inFlight?.catch(() => undefined);
    this.savedChanges = this.changes;
    this.drafts.clear(this.date);
    return this.snapshot.entry;
  };

  /** Settles a conflict by writing this window's draft over the other one. */
  keepMine = async (): Promise<void> => {
    const state = this.snapshot.saveState;
    if (state.status !== 'conflict') return;
    this.baseRevision = state.theirs.revision;
    if (this.snapshot.entry) this.writeAhead(this.snapshot.entry);
    this.set({ saveState: { status: 'unsaved' } });
    await this.flush();
  };

  /** Settles a conflict by dropping this window's changes for the other one. */
  takeTheirs = (): void => {
    const state = this.snapshot.saveState;
    if (state.status !== 'conflict') return;
    this.adopt(state.theirs, { status: 'saved', at: state.theirs.updatedAt });
  };
}
