import {
  BRIDGE_CONTRACT,
  BRIDGE_EVENTS,
  BRIDGE_GLOBAL,
  type BridgeResponse,
  type BridgeVerb,
  type ForkcastBridge,
} from '../../../shared';
import { browserBridge } from './browserBridge';

declare global {
  interface Window {
    /** Present only inside the Electron app, exposed by the preload. */
    [BRIDGE_GLOBAL]?: ForkcastBridge;
  }
}

/**
 * Wraps the preload's API so every answer and event from the main process is
 * parsed by its schema before the app sees it: what crosses a process
 * boundary arrives as unknown. A malformed event is dropped, not passed on.
 */
export function validatingBridge(api: ForkcastBridge): ForkcastBridge {
  const wrap =
    <V extends BridgeVerb>(verb: V) =>
    async (...args: unknown[]): Promise<BridgeResponse<V>> => {
      const call = api[verb] as (...callArgs: unknown[]) => Promise<unknown>;
      // Parsed by this verb's own schema; the cast only undoes TypeScript widening a generic index to all verbs.
      return BRIDGE_CONTRACT[verb].response.parse(await call(...args)) as BridgeResponse<V>;
    };
  return {
    getAppInfo: wrap('getAppInfo'),
    exportMarkdown: wrap('exportMarkdown'),
    cancelExport: wrap('cancelExport'),
    onExportProgress: (listener) =>
      api.onExportProgress((progress: unknown) => {
        const parsed = BRIDGE_EVENTS.exportProgress.payload.safeParse(progress);
        if (parsed.success) listener(parsed.data);
        else console.error('Forkcast: ignored malformed export progress', parsed.error.issues);
      }),
    importMarkdown: wrap('importMarkdown'),
    readConflictFiles: wrap('readConflictFiles'),
    overwriteConflicts: wrap('overwriteConflicts'),
    recordConflictsTaken: wrap('recordConflictsTaken'),
    getLiveFolder: wrap('getLiveFolder'),
    chooseLiveFolder: wrap('chooseLiveFolder'),
    stopLiveFolder: wrap('stopLiveFolder'),
    writeLiveFolder: wrap('writeLiveFolder'),
    readLiveChanges: wrap('readLiveChanges'),
    settleLiveChanges: wrap('settleLiveChanges'),
    onLiveFolderChanged: (listener) =>
      api.onLiveFolderChanged((payload: unknown) => {
        const parsed = BRIDGE_EVENTS.liveFolderChanged.payload.safeParse(payload);
        if (parsed.success) listener(parsed.data);
        else console.error('Forkcast: ignored a malformed live folder change', parsed.error.issues);
      }),
    saveBackup: wrap('saveBackup'),
    openBackup: wrap('openBackup'),
    saveBrief: wrap('saveBrief'),
    printBriefToPdf: wrap('printBriefToPdf'),
    getHabits: wrap('getHabits'),
    setReminder: wrap('setReminder'),
    setTray: wrap('setTray'),
    setLaunchAtLogin: wrap('setLaunchAtLogin'),
    setQuickCapture: wrap('setQuickCapture'),
    reportDay: wrap('reportDay'),
    closeQuickCapture: wrap('closeQuickCapture'),
    showMainWindow: wrap('showMainWindow'),
    onOpenToday: (listener) =>
      api.onOpenToday((request: unknown) => {
        const parsed = BRIDGE_EVENTS.openToday.payload.safeParse(request);
        if (parsed.success) listener(parsed.data);
        else console.error('Forkcast: ignored a malformed request to open today', parsed.error.issues);
      }),
    unlockSecretStatus: wrap('unlockSecretStatus'),
    saveUnlockSecret: wrap('saveUnlockSecret'),
    readUnlockSecret: wrap('readUnlockSecret'),
    forgetUnlockSecret: wrap('forgetUnlockSecret'),
    onLockRequested: (listener) =>
      api.onLockRequested((request: unknown) => {
        const parsed = BRIDGE_EVENTS.lockRequested.payload.safeParse(request);
        if (parsed.success) listener(parsed.data);
        else console.error('Forkcast: ignored malformed lock request', parsed.error.issues);
      }),
    readyToClose: wrap('readyToClose'),
    onCloseRequested: (listener) =>
      api.onCloseRequested((request: unknown) => {
        const parsed = BRIDGE_EVENTS.closeRequested.payload.safeParse(request);
        if (parsed.success) listener(parsed.data);
        else console.error('Forkcast: ignored a malformed close request', parsed.error.issues);
      }),
  };
}

const preload = window[BRIDGE_GLOBAL];

/** True inside the desktop app, where main owns the window's lifecycle and the file dialogs. */
export const isDesktop = preload !== undefined;

/** The preload's API inside Electron, or the browser fallback anywhere else. */
export const bridge: ForkcastBridge = preload ? validatingBridge(preload) : browserBridge;
