import { useEffect, useSyncExternalStore } from 'react';
import { bridge } from '../bridge/bridge';
import { listCustomActivities } from '../data/customActivitiesRepository';
import { onJournalChange } from '../data/journalChanges';
import { followOtherWindows } from '../data/otherWindowDays';
import { loadJournal } from '../data/portabilityRepository';
import { createLiveFolderSync, type LiveFolderState } from './liveFolderSync';

/** The window's one live folder mirror: a second would write every save twice. */
const liveFolder = createLiveFolderSync({
  bridge,
  loadJournal,
  loadCustomActivities: listCustomActivities,
  onJournalChange,
  // A pause in typing, but never more than a few seconds behind while the user keeps typing.
  quietMs: 1_000,
  maxWaitMs: 5_000,
  now: () => new Date(),
});

/** Keeps the live folder in step while the journal is open (mounted by the open, unlocked journal). */
export function useLiveFolderMirror(): void {
  useEffect(() => {
    void liveFolder.start();
    // Quick captures are saved by their own window: written here as soon as they are.
    const stopFollowing = followOtherWindows();
    return () => {
      stopFollowing();
      void liveFolder.stop();
    };
  }, []);
}

/** The live folder's state for Settings, with its two actions. */
export function useLiveFolder(): { state: LiveFolderState; choose: () => Promise<void>; turnOff: () => Promise<void> } {
  const state = useSyncExternalStore(liveFolder.subscribe, liveFolder.getState);
  return { state, choose: liveFolder.choose, turnOff: liveFolder.turnOff };
}

const changedNow = () => {
  const state = liveFolder.getState();
  return state.status === 'on' ? state.changed : 0;
};

/** How many files other apps changed in the live folder await the user's review (0 when off), for the nav bar. */
export function useLiveFolderChanged(): number {
  return useSyncExternalStore(liveFolder.subscribe, changedNow);
}
