import { LIMITS, type ForkcastBridge, type OpenBackupResponse } from '../../../shared';
import { downloadFile, downloadLocation, pickFiles, readTextFile } from './browserFiles';
import { DESKTOP_ONLY, getPageHabits, onPageOpenToday, reportPageDay, setPageReminder } from './browserHabits';
import { onZipProgress } from './zipProgress';

/** The zip export and the picked-file import carry yaml and fflate, so they load on first use, not with the page. */
const markdown = () => import('./browserMarkdown');

const BROWSER_NO_SYSTEM_UNLOCK = 'Unlocking with your computer account needs the desktop app.';
const NO_LIVE_FOLDER =
  'Keeping the journal in a folder as you write needs the desktop app: a browser cannot write into a folder on your disk.';
const NO_FOLDER = 'In a browser the export is a zip download, so there are no files in a folder to resolve.';

/**
 * The bridge for a plain browser (`npm run web`): the same verbs as the
 * Electron preload, with downloads instead of save dialogs and the browser's
 * file chooser instead of open dialogs.
 */
export const browserBridge = {
  getAppInfo: async () => ({ mode: 'browser', version: __APP_VERSION__, platform: navigator.platform || 'web' }),
  exportMarkdown: async (request) => (await markdown()).exportMarkdownAsZip(request),
  cancelExport: async () => (await markdown()).cancelZipExport(),
  onExportProgress: (listener) => onZipProgress(listener),
  importMarkdown: async () => (await markdown()).importMarkdownFromFiles(),
  // A browser export is a new zip each time, so it never leaves a file alone and has no conflicts to resolve.
  readConflictFiles: async () => ({ status: 'failed', message: NO_FOLDER }),
  overwriteConflicts: async () => ({ status: 'failed', message: NO_FOLDER }),
  recordConflictsTaken: async () => ({ status: 'failed', message: NO_FOLDER }),
  getLiveFolder: async () => ({ status: 'unavailable', message: NO_LIVE_FOLDER }),
  chooseLiveFolder: async () => ({ status: 'failed', message: NO_LIVE_FOLDER }),
  stopLiveFolder: async () => ({ status: 'off' }),
  writeLiveFolder: async () => ({ status: 'off' }),
  readLiveChanges: async () => ({ status: 'failed', message: NO_LIVE_FOLDER }),
  settleLiveChanges: async () => ({ status: 'failed', message: NO_LIVE_FOLDER }),
  onLiveFolderChanged: () => () => undefined,
  saveBackup: async ({ suggestedName, text }) => {
    downloadFile(suggestedName, text, 'application/json');
    return { status: 'saved', location: downloadLocation(suggestedName) };
  },
  openBackup: async (): Promise<OpenBackupResponse> => {
    const [file] = await pickFiles({ accept: '.json,application/json' });
    if (!file) return { status: 'cancelled' };
    const read = await readTextFile(file, file.name, LIMITS.backupBytes);
    return 'text' in read
      ? { status: 'loaded', file: read }
      : { status: 'failed', message: `${read.name} ${read.reason}.` };
  },
  saveBrief: async ({ suggestedName, text }) => {
    downloadFile(suggestedName, text, 'text/markdown');
    return { status: 'saved', location: downloadLocation(suggestedName) };
  },
  getHabits: () => getPageHabits(),
  setReminder: (request) => setPageReminder(request),
  setTray: async () => ({ status: 'failed', message: DESKTOP_ONLY }),
  setLaunchAtLogin: async () => ({ status: 'failed', message: DESKTOP_ONLY }),
  setQuickCapture: async () => ({ status: 'failed', message: DESKTOP_ONLY }),
  reportDay: (request) => reportPageDay(request),
  // There is no quick-capture window in a browser.
  closeQuickCapture: async () => ({ received: false }),
  // A browser tab has no other window: the page goes to Today itself.
  showMainWindow: async () => ({ received: false }),
  onOpenToday: (listener) => onPageOpenToday(listener),
  // A browser tab has no main process to hold its closing: the write-ahead drafts keep what was typed.
  readyToClose: async () => ({ received: false }),
  onCloseRequested: () => () => undefined,
  printBriefToPdf: async () => {
    // The browser's print dialog offers "Save as PDF"; it gives no result back.
    window.print();
    return { status: 'print-dialog' };
  },
  // A browser has no credential store Forkcast can use, and no screen-lock event to follow.
  unlockSecretStatus: async () => ({ available: false, reason: BROWSER_NO_SYSTEM_UNLOCK }),
  saveUnlockSecret: async () => ({ status: 'failed', message: BROWSER_NO_SYSTEM_UNLOCK }),
  readUnlockSecret: async () => ({ status: 'missing' }),
  forgetUnlockSecret: async () => ({ status: 'done' }),
  onLockRequested: () => () => undefined,
} satisfies ForkcastBridge;
