import { dayDifferences, formatDate, isBlankEntry, type LocalDate } from '../../../shared';
import { getEntry, saveEntry } from '../data/entriesRepository';
import { describeStorageError } from '../data/errors';
import type { DraftSession } from './draftSession';
import type { DraftStore } from './draftStore';
import { localDraftStore } from './journalDrafts';

/**
 * The days being edited right now, so a close can save them all first. Counted,
 * because an editor that remounts (React's strict mode does) tracks its session
 * again before the old mount's last save has finished untracking it.
 */
const tracked = new Map<DraftSession, number>();
const openSessions = () => [...tracked.keys()];

/** Adds a session to the open ones; the returned function takes it out again. */
export function trackOpenDraft(session: DraftSession): () => void {
  tracked.set(session, (tracked.get(session) ?? 0) + 1);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const left = (tracked.get(session) ?? 1) - 1;
    if (left > 0) tracked.set(session, left);
    else tracked.delete(session);
  };
}

/** True when some change is neither saved nor kept as a write-ahead copy: leaving now would lose it. */
export function hasUnkeptChanges(): boolean {
  return openSessions().some((session) => session.hasUnkeptChanges);
}

export type SaveOutcome = { outcome: 'saved' } | { outcome: 'unsaved'; message: string };

/** Saves every open day now, for a closing window; says plainly what could not be saved and whether a copy is kept. */
export async function saveOpenDrafts(): Promise<SaveOutcome> {
  const sessions = openSessions();
  await Promise.all(sessions.map((session) => session.flush()));
  const problems = sessions.flatMap((session) => {
    if (!session.isDirty) return [];
    const { saveState } = session.getSnapshot();
    const why =
      saveState.status === 'conflict'
        ? 'it was changed in another window, and you have not chosen which version stays'
        : saveState.status === 'failed'
          ? saveState.message.replace(/\.$/, '')
          : 'the save did not finish';
    const kept = session.hasUnkeptChanges
      ? 'No copy could be kept either, so closing now loses them.'
      : 'A copy is kept on this computer and comes back when you open that day.';
    return [`Your latest changes to ${formatDate(session.date, 'weekdayDate')} are not saved: ${why}. ${kept}`];
  });
  return problems.length === 0 ? { outcome: 'saved' } : { outcome: 'unsaved', message: problems.join('\n') };
}

export interface RecoveryDeps {
  drafts?: DraftStore;
  get?: typeof getEntry;
  save?: typeof saveEntry;
}

/**
 * Saves the write-ahead copies a closed page left behind for days no editor
 * has open, as the journal's first task after it opens. A copy that clashes
 * with a newer save of its day is left for that day's editor to settle with
 * the user; its date is returned so the app can say so.
 */
export async function recoverDrafts({
  drafts = localDraftStore,
  get = getEntry,
  save = saveEntry,
}: RecoveryDeps = {}): Promise<LocalDate[]> {
  const clashes: LocalDate[] = [];
  const isOpen = (date: LocalDate) => openSessions().some((session) => session.date === date);
  for (const date of drafts.dates()) {
    if (isOpen(date)) continue;
    const pending = drafts.read(date);
    if (!pending) continue;
    try {
      const stored = (await get(date)) ?? null;
      if (stored && dayDifferences(stored, pending.entry).length === 0) {
        drafts.clear(date);
      } else if ((stored?.revision ?? null) !== pending.baseRevision && stored) {
        clashes.push(date);
      } else if (stored === null && isBlankEntry(pending.entry)) {
        drafts.clear(date);
      } else {
        const result = await save(pending.entry, stored?.revision ?? null);
        // An editor opened on the day meanwhile owns its copy now (and may have written a newer one).
        if (result.status === 'saved' && !isOpen(date)) drafts.clear(date);
        else if (result.status === 'conflict') clashes.push(date);
      }
    } catch (error) {
      // The copy stays; the next start, or opening that day, tries again.
      console.warn(`Forkcast: the draft of ${date} could not be saved yet: ${describeStorageError(error)}`);
    }
  }
  return clashes;
}
