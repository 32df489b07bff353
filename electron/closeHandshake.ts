import type { App, BrowserWindow, WebContents } from 'electron';
import { BRIDGE_EVENTS, type CloseRequested } from '../shared/bridge';
import type { VerbHandlers } from './ipc/registerVerbs';

/** How long a closing window waits for the page to say its typing is saved. */
export const CLOSE_TIMEOUT_MS = 4_000;

/** What the user chose when the page could not confirm that everything is saved. */
export type UnsavedChoice = 'stay' | 'close';

/** Asks the user whether to close although the latest changes may be unsaved; `detail` says what and why. */
export type AskToCloseUnsaved = (window: BrowserWindow, detail: string) => Promise<UnsavedChoice>;

export const NO_ANSWER_DETAIL =
  'The page did not answer in time. What you type is also kept as a draft on this computer and normally comes back when you open the day again, but Forkcast cannot confirm it this time.';

interface Waiting {
  requestId: number;
  window: BrowserWindow;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Holds a closing window, and a quitting app, until the page confirms that
 * what is being typed is saved (the close handshake of the bridge contract).
 * Electron emits a window's 'close' before the page's unload and lets it be
 * cancelled, so main cancels it, sends closeRequested, and closes for real
 * once the page answers readyToClose. A quit (before-quit, then a 'close'
 * per window, cancelled here, which cancels the quit) is resumed with
 * app.quit(). When the page says something is unsaved, or does not answer
 * within the timeout, the user decides. A page that is gone closes at once.
 */
export function createCloseHandshake({
  app,
  ask,
  timeoutMs = CLOSE_TIMEOUT_MS,
}: {
  app: Pick<App, 'on' | 'quit'>;
  ask: AskToCloseUnsaved;
  timeoutMs?: number;
}): { guard: (window: BrowserWindow) => void; handlers: VerbHandlers<'readyToClose'> } {
  let quitting = false;
  let nextRequestId = 1;
  const waiting = new Map<WebContents, Waiting>();
  const released = new WeakSet<BrowserWindow>();

  app.on('before-quit', () => {
    quitting = true;
  });

  const release = (window: BrowserWindow): void => {
    if (window.isDestroyed()) return;
    released.add(window);
    if (quitting) app.quit();
    else window.close();
  };

  const stopWaiting = (contents: WebContents): Waiting | undefined => {
    const found = waiting.get(contents);
    if (found) clearTimeout(found.timer);
    waiting.delete(contents);
    return found;
  };

  const letUserDecide = async (window: BrowserWindow, detail: string): Promise<void> => {
    const choice = await ask(window, detail);
    if (choice === 'close') release(window);
    // Staying open cancels the quit too; a later quit asks again.
    else quitting = false;
  };

  const guard = (window: BrowserWindow): void => {
    const contents = window.webContents;
    window.on('close', (event) => {
      if (released.has(window) || contents.isDestroyed()) return;
      event.preventDefault();
      if (waiting.has(contents)) return;
      const requestId = nextRequestId++;
      const timer = setTimeout(() => {
        if (stopWaiting(contents)) void letUserDecide(window, NO_ANSWER_DETAIL);
      }, timeoutMs);
      waiting.set(contents, { requestId, window, timer });
      const request: CloseRequested = { requestId };
      contents.send(BRIDGE_EVENTS.closeRequested.channel, request);
    });
    // A page that crashed or was killed has nothing left to save: waiting for it would only delay.
    contents.on('render-process-gone', () => {
      if (stopWaiting(contents)) release(window);
    });
    window.on('closed', () => stopWaiting(contents));
  };

  const handlers: VerbHandlers<'readyToClose'> = {
    async readyToClose(request, { sender }) {
      const found = waiting.get(sender);
      if (!found || found.requestId !== request.requestId) return { received: false };
      stopWaiting(sender);
      if (request.outcome === 'saved') release(found.window);
      else void letUserDecide(found.window, request.message);
      return { received: true };
    },
  };

  return { guard, handlers };
}
