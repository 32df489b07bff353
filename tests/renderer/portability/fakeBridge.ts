import { vi } from 'vitest';
import { DEFAULT_HABIT_SETTINGS, type ForkcastBridge } from '../../../shared';

/**
 * A bridge whose verbs each test scripts; the real one would open dialogs.
 * Progress listeners are kept in `onExportProgress.mock.calls`, for a test to call.
 */
function createFakeBridge() {
  return {
    getAppInfo: vi.fn<ForkcastBridge['getAppInfo']>(async () => ({
      mode: 'browser',
      version: 'test',
      platform: 'test',
    })),
    exportMarkdown: vi.fn<ForkcastBridge['exportMarkdown']>(async () => ({ status: 'cancelled' })),
    cancelExport: vi.fn<ForkcastBridge['cancelExport']>(async () => ({ cancelled: false })),
    onExportProgress: vi.fn<ForkcastBridge['onExportProgress']>(() => vi.fn()),
    importMarkdown: vi.fn<ForkcastBridge['importMarkdown']>(async () => ({ status: 'cancelled' })),
    readConflictFiles: vi.fn<ForkcastBridge['readConflictFiles']>(async () => ({ status: 'cancelled' })),
    overwriteConflicts: vi.fn<ForkcastBridge['overwriteConflicts']>(async () => ({
      status: 'failed',
      message: 'unscripted',
    })),
    recordConflictsTaken: vi.fn<ForkcastBridge['recordConflictsTaken']>(async () => ({
      status: 'failed',
      message: 'unscripted',
    })),
    getLiveFolder: vi.fn<ForkcastBridge['getLiveFolder']>(async () => ({ status: 'off' })),
    chooseLiveFolder: vi.fn<ForkcastBridge['chooseLiveFolder']>(async () => ({ status: 'cancelled' })),
    stopLiveFolder: vi.fn<ForkcastBridge['stopLiveFolder']>(async () => ({ status: 'off' })),
    writeLiveFolder: vi.fn<ForkcastBridge['writeLiveFolder']>(async () => ({ status: 'off' })),
    readLiveChanges: vi.fn<ForkcastBridge['readLiveChanges']>(async () => ({
      status: 'failed',
      message: 'unscripted',
    })),
    settleLiveChanges: vi.fn<ForkcastBridge['settleLiveChanges']>(async () => ({ status: 'done', open: 0, left: 0 })),
    onLiveFolderChanged: vi.fn<ForkcastBridge['onLiveFolderChanged']>(() => vi.fn()),
    saveBackup: vi.fn<ForkcastBridge['saveBackup']>(async () => ({ status: 'cancelled' })),
    openBackup: vi.fn<ForkcastBridge['openBackup']>(async () => ({ status: 'cancelled' })),
    saveBrief: vi.fn<ForkcastBridge['saveBrief']>(async () => ({ status: 'cancelled' })),
    printBriefToPdf: vi.fn<ForkcastBridge['printBriefToPdf']>(async () => ({ status: 'cancelled' })),
    getHabits: vi.fn<ForkcastBridge['getHabits']>(async () => ({
      settings: DEFAULT_HABIT_SETTINGS,
      notifications: 'unsupported',
      desktop: false,
      loginItemProblem: null,
      quickCaptureStatus: 'off',
    })),
    setReminder: vi.fn<ForkcastBridge['setReminder']>(async () => ({ status: 'failed', message: 'unscripted' })),
    setTray: vi.fn<ForkcastBridge['setTray']>(async () => ({ status: 'failed', message: 'unscripted' })),
    setLaunchAtLogin: vi.fn<ForkcastBridge['setLaunchAtLogin']>(async () => ({
      status: 'failed',
      message: 'unscripted',
    })),
    setQuickCapture: vi.fn<ForkcastBridge['setQuickCapture']>(async () => ({
      status: 'failed',
      message: 'unscripted',
    })),
    reportDay: vi.fn<ForkcastBridge['reportDay']>(async () => ({ received: true })),
    closeQuickCapture: vi.fn<ForkcastBridge['closeQuickCapture']>(async () => ({ received: false })),
    showMainWindow: vi.fn<ForkcastBridge['showMainWindow']>(async () => ({ received: false })),
    onOpenToday: vi.fn<ForkcastBridge['onOpenToday']>(() => vi.fn()),
    unlockSecretStatus: vi.fn<ForkcastBridge['unlockSecretStatus']>(async () => ({
      available: false,
      reason: 'Not in this test.',
    })),
    saveUnlockSecret: vi.fn<ForkcastBridge['saveUnlockSecret']>(async () => ({ status: 'done' })),
    readUnlockSecret: vi.fn<ForkcastBridge['readUnlockSecret']>(async () => ({ status: 'missing' })),
    forgetUnlockSecret: vi.fn<ForkcastBridge['forgetUnlockSecret']>(async () => ({ status: 'done' })),
    onLockRequested: vi.fn<ForkcastBridge['onLockRequested']>(() => vi.fn()),
    readyToClose: vi.fn<ForkcastBridge['readyToClose']>(async () => ({ received: false })),
    onCloseRequested: vi.fn<ForkcastBridge['onCloseRequested']>(() => vi.fn()),
  } satisfies ForkcastBridge;
}

/** The parts of a saved export answer a test rarely cares about: nothing left alone, no warnings. */
export const saved = { status: 'saved' as const, conflicts: [], session: null, warnings: [] };

/**
 * The fake bridge of one test file. `vi.mock('…/renderer/src/bridge/bridge', () => import('…/fakeBridge'))`
 * hands it to the app, and the test imports the same object to script it (each file gets fresh modules).
 */
export const bridge = createFakeBridge();
