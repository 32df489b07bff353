import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LocalDate } from '../../../shared';
import { getEntry } from '../data/entriesRepository';
import { DraftSession, type DraftSnapshot } from './draftSession';

const LOADING = Symbol('loading');

export type EntryEditor = DraftSnapshot & Pick<DraftSession, 'update' | 'flush' | 'keepMine' | 'takeTheirs'>;

/**
 * Edits one day: follows what storage holds for it (including saves from other
 * windows) and saves the draft when the window hides or the day is left.
 * Mount it under a `key` of the date so each day gets its own session.
 */
export function useEntryEditor(date: LocalDate): EntryEditor {
  const [session] = useState(() => new DraftSession(date));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const stored = useLiveQuery(async () => (await getEntry(date)) ?? null, [date], LOADING);

  useEffect(() => {
    if (stored !== LOADING) session.observe(stored);
  }, [stored, session]);

  useEffect(() => {
    const flush = () => void session.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [session]);

  return {
    ...snapshot,
    update: session.update,
    flush: session.flush,
    keepMine: session.keepMine,
    takeTheirs: session.takeTheirs,
  };
}
