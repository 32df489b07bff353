/**
 * The IPC channel of each bridge verb and event. Kept apart from the zod
 * schemas in bridge.ts so the sandboxed preload can bundle the names without
 * zod.
 */
export const BRIDGE_CHANNELS = {
  getAppInfo: 'forkcast:get-app-info',
  exportMarkdown: 'forkcast:export-markdown',
  cancelExport: 'forkcast:cancel-export',
  importMarkdown: 'forkcast:import-markdown',
  readConflictFiles: 'forkcast:read-conflict-files',
  overwriteConflicts: 'forkcast:overwrite-conflicts',
  recordConflictsTaken: 'forkcast:record-conflicts-taken',
  getLiveFolder: 'forkcast:get-live-folder',
  chooseLiveFolder: 'forkcast:choose-live-folder',
  stopLiveFolder: 'forkcast:stop-live-folder',
  writeLiveFolder: 'forkcast:write-live-folder',
  readLiveChanges: 'forkcast:read-live-changes',
  settleLiveChanges: 'forkcast:settle-live-changes',
  saveBackup: 'forkcast:save-backup',
  openBackup: 'forkcast:open-backup',
  saveBrief: 'forkcast:save-brief',
  printBriefToPdf: 'forkcast:print-brief-pdf',
  getHabits: 'forkcast:get-habits',
  setReminder: 'forkcast:set-reminder',
  setTray: 'forkcast:set-tray',
  setLaunchAtLogin: 'forkcast:set-launch-at-login',
  setQuickCapture: 'forkcast:set-quick-capture',
  reportDay: 'forkcast:report-day',
  closeQuickCapture: 'forkcast:close-quick-capture',
  showMainWindow: 'forkcast:show-main-window',
  unlockSecretStatus: 'forkcast:unlock-secret-status',
  saveUnlockSecret: 'forkcast:save-unlock-secret',
  readUnlockSecret: 'forkcast:read-unlock-secret',
  forgetUnlockSecret: 'forkcast:forget-unlock-secret',
  readyToClose: 'forkcast:ready-to-close',
} as const;

/** The IPC channel of each event main sends to the renderer unasked. */
export const BRIDGE_EVENT_CHANNELS = {
  exportProgress: 'forkcast:export-progress',
  lockRequested: 'forkcast:lock-requested',
  closeRequested: 'forkcast:close-requested',
  openToday: 'forkcast:open-today',
  liveFolderChanged: 'forkcast:live-folder-changed',
} as const;

/** The global name the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'forkcast';
