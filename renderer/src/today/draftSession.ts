import { emptyEntry, isBlankEntry, type Entry, type LocalDate } from '../../../shared';
import { saveEntry, type SaveResult } from '../data/entriesRepository';
import { describeStorageError } from '../data/errors';

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
}

type Save = (entry: Entry, baseRevision: number | null) => Promise<SaveResult>;

/**
 * The draft of one day being edited, and the rules for keeping it safe: it
 * saves shortly after each change; a failed save keeps the text and says why;
 * a save made by another window is adopted when nothing here is unsaved and
 * becomes a conflict the user settles otherwise. Plain class, no React, so the
 * rules are tested on their own; `useEntryEditor` connects it to the UI.
 */
export class DraftSession {
  private snapshot: DraftSnapshot = { entry: null, saveState: { status: 'clean' } };
  private readonly listeners = new Set<() => void>();
  private baseRevision: number | null = null;
  private changes = 0;
  private savedChanges = 0;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly date: LocalDate,
    private readonly save: Save = saveEntry,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DraftSnapshot => this.snapshot;

  get isDirty(): boolean {
    return this.changes !== this.savedChanges;
  }

  private get inConflict(): boolean {
    return this.snapshot.saveState.status === 'conflict';
  }

  private set(next: Partial<DraftSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  private adopt(entry: Entry, saveState: SaveState): void {
    this.baseRevision = entry.revision;
    this.savedChanges = this.changes;
    this.set({ entry, saveState });
  }

  /** Takes in what storage holds for the day, first on load and then on every change from anywhere. */
  observe = (stored: Entry | null): void => {
    if (this.snapshot.entry === null) {
      if (stored) this.adopt(stored, { status: 'clean' });
      else this.set({ entry: emptyEntry(this.date, new Date()) });
      return;
    }
    if (!stored || stored.revision === this.baseRevision) return;
    if (this.isDirty) this.set({ saveState: { status: 'conflict', theirs: stored } });
    else this.adopt(stored, { status: 'saved', at: stored.updatedAt });
  };

  update = (change: (entry: Entry) => Entry): void => {
    const current = this.snapshot.entry;
    if (!current) return;
    this.changes += 1;
    if (this.inConflict) {
      this.set({ entry: change(current) });
      return;
    }
    this.set({ entry: change(current), saveState: { status: 'unsaved' } });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  };

  /** Saves now whatever is unsaved; used on a timer, on hide, on leaving the day and by Retry. */
  flush = async (): Promise<void> => {
    clearTimeout(this.timer);
    if (this.inFlight) {
      await this.inFlight;
      return this.isDirty ? this.flush() : undefined;
    }
    const entry = this.snapshot.entry;
    if (!entry || !this.isDirty || this.inConflict) return;
    if (this.baseRevision === null && isBlankEntry(entry)) {
      // Nothing written yet: an empty day is not worth storing.
      this.savedChanges = this.changes;
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
      // Not retried on a timer: the next edit or the Retry button tries again.
      this.set({ saveState: { status: 'failed', message: describeStorageError(error) } });
      return;
    }
    if (result.status === 'conflict') {
      this.set({ saveState: { status: 'conflict', theirs: result.current } });
      return;
    }
    this.baseRevision = result.entry.revision;
    this.savedChanges = changesAtStart;
    if (this.isDirty) {
      // Typing went on during the save: save the rest on the usual timer.
      this.set({ saveState: { status: 'unsaved' } });
      this.timer = setTimeout(() => void this.flush(), this.delayMs);
    } else {
      this.set({ saveState: { status: 'saved', at: result.entry.updatedAt } });
    }
  }

  /** Settles a conflict by writing this window's draft over the other one. */
  keepMine = async (): Promise<void> => {
    const state = this.snapshot.saveState;
    if (state.status !== 'conflict') return;
    this.baseRevision = state.theirs.revision;
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
