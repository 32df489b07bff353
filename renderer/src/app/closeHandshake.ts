import type { ForkcastBridge } from '../../../shared';
import { hasUnkeptChanges, saveOpenDrafts } from '../today/openDrafts';

/**
 * The page's half of the close handshake (electron/closeHandshake.ts has
 * main's): when main holds a closing window, every open day is saved and
 * main is told so, or told what could not be saved. Installed once, before
 * the journal opens, so even a window showing a problem answers at once.
 *
 * A browser tab has no main process to hold it; the write-ahead drafts keep
 * what was typed there. Only when even those could not be written does the
 * tab ask the browser to confirm leaving, since that text would be lost.
 */
export function installCloseHandshake(bridge: ForkcastBridge, desktop: boolean): () => void {
  const unsubscribe = bridge.onCloseRequested(({ requestId }) => {
    void saveOpenDrafts()
      .catch((error: unknown) => ({
        outcome: 'unsaved' as const,
        message: `Saving before closing failed: ${error instanceof Error ? error.message : String(error)}`,
      }))
      .then((result) => bridge.readyToClose({ requestId, ...result }))
      .catch((error: unknown) => console.error('Forkcast: could not answer the close request', error));
  });
  // In Electron a cancelled beforeunload silently cancels the close; main's handshake asks instead.
  if (desktop) return unsubscribe;
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (hasUnkeptChanges()) event.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    unsubscribe();
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
