import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LocalDate } from '../../../shared';
import { getEntry } from '../data/entriesRepository';
import { DamagedRowError } from '../data/sealedRows';
import { DraftSession, type DraftSnapshot } from './draftSession';
import { trackOpenDraft } from './openDrafts';

const LOADING = Symbol('loading');
const DAMAGED = Symbol('damaged');

export type EntryEditor = DraftSnapshot &
  Pick<DraftSession, 'update' | 'flush' | 'keepMine' | 'takeTheirs' | 'discard' | 'isDirty'> & {
    /** The stored day does not decrypt: it is left as it is, and there is nothing to edit. */
    damaged: boolean;
  };

/** The stored day, null when none, or DAMAGED when it does not decrypt (a throw would unmount the app). */
async function readStored(date: LocalDate) {
  try {
    return (await getEntry(date)) ?? null;
  } catch (error) {
    if (error instanceof DamagedRowError) return DAMAGED;
    throw error;
  }
}

/**
 * Edits one day: follows what storage holds for it (including saves from other
 * windows), saves the draft when the window hides or the day is left, and
 * counts as open while mounted so a closing window saves it first. Every
 * change is copied ahead of the save (see DraftSession), so a reload or a
 * closed tab loses nothing even when these last-moment saves are cut off.
 * Mount it under a `key` of the date so each day gets its own session.
 */
export function useEntryEditor(date: LocalDate): EntryEditor {
  const [session] = useState(() => new DraftSession(date));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const stored = useLiveQuery(() => readStored(date), [date], LOADING);

  useEffect(() => {
    if (stored !== LOADING && stored !== DAMAGED) session.observe(stored);
  }, [stored, session]);

  useEffect(() => {
    const untrack = trackOpenDraft(session);
    const flush = () => void session.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      void session.flush().finally(untrack);
    };
  }, [session]);

  return {
    ...snapshot,
    damaged: stored === DAMAGED,
    update: session.update,
    flush: session.flush,
    keepMine: session.keepMine,
    takeTheirs: session.takeTheirs,
    discard: session.discard,
    // Read now, not with the snapshot: a caller checks it after awaiting flush().
    get isDirty() {
      return session.isDirty;
    },
  };
}
