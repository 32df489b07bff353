/**
 * The IPC channel of each bridge verb. Kept apart from the zod schemas in
 * bridge.ts so the sandboxed preload can bundle the names without zod.
 */
export const BRIDGE_CHANNELS = {
  getAppInfo: 'forkcast:get-app-info',
  exportMarkdown: 'forkcast:export-markdown',
  importMarkdown: 'forkcast:import-markdown',
  saveBackup: 'forkcast:save-backup',
  openBackup: 'forkcast:open-backup',
  saveBrief: 'forkcast:save-brief',
  printBriefToPdf: 'forkcast:print-brief-pdf',
} as const;

/** The global name the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'forkcast';
