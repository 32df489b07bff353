import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  BridgeEvent,
  BridgePayload,
  BridgeRequest,
  BridgeResponse,
  BridgeVerb,
  ForkcastBridge,
} from '../shared/bridge';
import { BRIDGE_CHANNELS, BRIDGE_EVENT_CHANNELS, BRIDGE_GLOBAL } from '../shared/bridgeChannels';

/**
 * Sends one verb's request on that verb's fixed channel, so the page can never
 * pick a channel, and hands back only the answer, never the IPC event. Main
 * validates every request; its answers are typed by the same contract. The
 * preload imports no zod so the sandboxed bundle stays small.
 */
function call<V extends BridgeVerb>(verb: V, request: BridgeRequest<V>): Promise<BridgeResponse<V>> {
  // The answer comes from our own main process, which builds it from this verb's response type.
  return ipcRenderer.invoke(BRIDGE_CHANNELS[verb], request) as Promise<BridgeResponse<V>>;
}

/**
 * Listens for one event on its fixed channel and hands the listener only the
 * payload, never the IPC event; the renderer parses it with the contract's
 * schema. The returned function removes exactly this listener.
 */
function subscribe<E extends BridgeEvent>(event: E, listener: (payload: BridgePayload<E>) => void): () => void {
  const channel = BRIDGE_EVENT_CHANNELS[event];
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as BridgePayload<E>);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

/** One function per verb and event; `satisfies` keeps it in step with the contract and the browser fallback. */
const api = {
  getAppInfo: () => call('getAppInfo', undefined),
  exportMarkdown: (request) => call('exportMarkdown', request),
  cancelExport: () => call('cancelExport', undefined),
  onExportProgress: (listener) => subscribe('exportProgress', listener),
  importMarkdown: () => call('importMarkdown', undefined),
  readConflictFiles: (request) => call('readConflictFiles', request),
  overwriteConflicts: (request) => call('overwriteConflicts', request),
  recordConflictsTaken: (request) => call('recordConflictsTaken', request),
  getLiveFolder: () => call('getLiveFolder', undefined),
  chooseLiveFolder: () => call('chooseLiveFolder', undefined),
  stopLiveFolder: () => call('stopLiveFolder', undefined),
  writeLiveFolder: (request) => call('writeLiveFolder', request),
  readLiveChanges: () => call('readLiveChanges', undefined),
  settleLiveChanges: (request) => call('settleLiveChanges', request),
  onLiveFolderChanged: (listener) => subscribe('liveFolderChanged', listener),
  saveBackup: (request) => call('saveBackup', request),
  openBackup: () => call('openBackup', undefined),
  saveBrief: (request) => call('saveBrief', request),
  printBriefToPdf: (request) => call('printBriefToPdf', request),
  getHabits: () => call('getHabits', undefined),
  setReminder: (request) => call('setReminder', request),
  setTray: (request) => call('setTray', request),
  setLaunchAtLogin: (request) => call('setLaunchAtLogin', request),
  setQuickCapture: (request) => call('setQuickCapture', request),
  reportDay: (request) => call('reportDay', request),
  closeQuickCapture: () => call('closeQuickCapture', undefined),
  showMainWindow: () => call('showMainWindow', undefined),
  onOpenToday: (listener) => subscribe('openToday', listener),
  unlockSecretStatus: () => call('unlockSecretStatus', undefined),
  saveUnlockSecret: (request) => call('saveUnlockSecret', request),
  readUnlockSecret: () => call('readUnlockSecret', undefined),
  forgetUnlockSecret: () => call('forgetUnlockSecret', undefined),
  onLockRequested: (listener) => subscribe('lockRequested', listener),
  readyToClose: (request) => call('readyToClose', request),
  onCloseRequested: (listener) => subscribe('closeRequested', listener),
} satisfies ForkcastBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
