import {
  app,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  Tray,
  type BrowserWindow,
} from 'electron';
import { homedir } from 'node:os';
import path from 'node:path';
import { BRIDGE_EVENTS, type BridgeVerb } from '../shared/bridge';
import type { OpenToday } from '../shared/habits';
import { APP_SCHEME } from './appOrigin';
import { createCaptureWindow } from './captureWindow';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { createCloseHandshake } from './closeHandshake';
import { askToCloseUnsaved, electronDialogs } from './electronDialogs';
import { createDesktopHabits, type DesktopHabits } from './habits/desktopHabits';
import { createHabitStore } from './habits/habitStore';
import { createLoginItem } from './habits/loginItem';
import { createQuickCaptureShortcut } from './habits/quickCaptureShortcut';
import { createReminderNotifier } from './habits/reminderNotification';
import { showTrayIcon } from './habits/trayIcon';
import { createAppHandlers } from './ipc/appHandlers';
import { createFileHandlers } from './ipc/fileHandlers';
import { createConflictHandlers } from './ipc/conflictHandlers';
import { createConflictSessions } from './ipc/conflictSessions';
import { createLiveFolderHandlers } from './ipc/liveFolderHandlers';
import { createMarkdownHandlers, type MarkdownFolderIo } from './ipc/markdownHandlers';
import { createUnlockHandlers } from './ipc/unlockHandlers';
import { registerVerbs, type VerbHandlers } from './ipc/registerVerbs';
import { isTrustedSender } from './ipc/senderGuard';
import { createMainWindow } from './mainWindow';
import { overwriteConflicts, readConflictFiles, recordConflictsTaken } from './markdown/conflictFiles';
import { writeMarkdownExport } from './markdown/exportFolder';
import { readMarkdownFolder } from './markdown/importFolder';
import { watchFolder } from './markdown/folderWatcher';
import { writeLiveFolder } from './markdown/liveFolder';
import { createLiveFolderStore } from './markdown/liveFolderStore';
import { createLiveMirror, type LiveMirror } from './markdown/liveMirror';
import { buildMenuTemplate } from './menuTemplate';
import { guardWebContents } from './navigationGuards';
import { lockOnSystemEvents } from './powerLock';
import { hardenSession } from './sessionPolicy';
import { createUnlockSecretStore } from './unlockSecretStore';
import { createWindowStateStore } from './windowState';

// Both must happen before `ready`: the scheme's privileges cannot be added
// later, and enableSandbox covers every renderer, not only our window.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

/**
 * The only verbs the quick-capture window may send: it saves through the
 * journal itself, then says so; a locked journal sends the user to the main
 * window, the only one that unlocks.
 */
const CAPTURE_VERBS: ReadonlySet<BridgeVerb> = new Set(['reportDay', 'closeQuickCapture', 'showMainWindow']);

// Two instances on one profile would both open the IndexedDB files and can corrupt them.
if (app.requestSingleInstanceLock()) {
  startApp();
} else {
  app.quit();
}

function startApp(): void {
  // The build puts main.cjs and preload.cjs in dist/electron and the renderer in dist/renderer.
  const rendererRoot = path.join(__dirname, '..', 'renderer');
  const preloadPath = path.join(__dirname, 'preload.cjs');
  const isMac = process.platform === 'darwin';
  const stateStore = createWindowStateStore(path.join(app.getPath('userData'), 'window-state.json'));
  let mainWindow: BrowserWindow | null = null;
  let captureWindow: BrowserWindow | null = null;
  let habits: DesktopHabits | null = null;
  let liveMirror: LiveMirror | null = null;
  let opening = false;
  // Closing the window or quitting waits until the page has saved what is being typed.
  const closeHandshake = createCloseHandshake({ app, ask: askToCloseUnsaved });

  const openWindow = async (): Promise<void> => {
    if (mainWindow !== null || opening) return;
    opening = true;
    try {
      const window = await createMainWindow({ preloadPath, isPackaged: app.isPackaged, stateStore });
      closeHandshake.guard(window);
      window.on('closed', () => {
        mainWindow = null;
      });
      // Coming back to the window is when changes made in other apps matter: look for them.
      window.on('focus', () => liveMirror?.rescanQuietly());
      mainWindow = window;
    } finally {
      opening = false;
    }
  };

  /** Brings the window to the front, opening it again when the tray kept the app running without it. */
  const showWindow = async (): Promise<BrowserWindow | null> => {
    if (mainWindow === null) {
      await openWindow();
      return mainWindow;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return mainWindow;
  };

  /** Shows today's page: a window opened afresh starts there; an open one is asked to go there. */
  const openToday = (reason: OpenToday['reason']): void => {
    const wasOpen = mainWindow !== null;
    void showWindow().then((window) => {
      if (wasOpen && window && !window.webContents.isDestroyed())
        window.webContents.send(BRIDGE_EVENTS.openToday.channel, { reason } satisfies OpenToday);
    });
  };

  const openCapture = (): void => {
    if (captureWindow !== null) {
      captureWindow.show();
      captureWindow.focus();
      return;
    }
    const window = createCaptureWindow({ preloadPath, isPackaged: app.isPackaged });
    window.on('closed', () => {
      if (captureWindow === window) captureWindow = null;
    });
    captureWindow = window;
  };

  app.on('second-instance', () => void showWindow());
  // Every web contents, ours or any Electron creates (devtools, a stray popup), gets the same guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  // With the tray icon on, closing the window leaves the app (and its reminder) running.
  app.on('window-all-closed', () => {
    if (!isMac && !habits?.keepsRunning()) app.quit();
  });
  app.on('activate', () => {
    if (app.isReady()) void openWindow();
  });
  // The last bounds are written on close; wait for that write rather than cut it off.
  app.on('will-quit', (event) => {
    habits?.stop();
    void liveMirror?.stop();
    if (app.isReady()) globalShortcut.unregisterAll();
    if (!stateStore.isBusy()) return;
    event.preventDefault();
    void stateStore.flush().then(() => app.quit());
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isMac, isPackaged: app.isPackaged })));
    const folders: MarkdownFolderIo = {
      writeMarkdownExport,
      readMarkdownFolder,
      readConflictFiles,
      overwriteConflicts,
      recordConflictsTaken,
    };
    const conflictSessions = createConflictSessions();
    liveMirror = createLiveMirror({
      store: createLiveFolderStore(path.join(app.getPath('userData'), 'live-folder.json')),
      write: writeLiveFolder,
      watch: (root, onSettled) => watchFolder(root, onSettled),
      notify: (changed) => {
        const contents = mainWindow?.webContents;
        if (contents && !contents.isDestroyed()) contents.send(BRIDGE_EVENTS.liveFolderChanged.channel, { changed });
      },
    });
    await liveMirror.start();
    // Tray, notifications, powerMonitor and global shortcuts may only be used once the app is ready.
    habits = await createDesktopHabits({
      store: createHabitStore(path.join(app.getPath('userData'), 'habits.json')),
      loginItem: createLoginItem({
        app,
        platform: process.platform,
        env: process.env,
        homeDir: homedir(),
        execPath: process.execPath,
      }),
      shortcut: createQuickCaptureShortcut(globalShortcut, openCapture, isMac),
      powerMonitor,
      notificationsSupported: Notification.isSupported(),
      notify: createReminderNotifier(Notification, () => openToday('reminder')),
      showTray: () =>
        showTrayIcon({ Tray, Menu, nativeImage }, path.join(__dirname, 'tray.png'), {
          writeToday: () => openToday('tray'),
          open: () => void showWindow(),
          quit: () => app.quit(),
        }),
    });
    const handlers: VerbHandlers<BridgeVerb> = {
      ...createAppHandlers({ version: app.getVersion(), platform: process.platform }),
      ...createFileHandlers(electronDialogs),
      ...createMarkdownHandlers(electronDialogs, folders, conflictSessions),
      ...createConflictHandlers(folders, conflictSessions),
      ...createLiveFolderHandlers(electronDialogs, liveMirror, conflictSessions),
      ...closeHandshake.handlers,
      ...habits.handlers,
      closeQuickCapture: async (_request, { sender }) => {
        if (captureWindow === null || captureWindow.webContents !== sender) return { received: false };
        captureWindow.close();
        return { received: true };
      },
      showMainWindow: async (_request, { sender }) => {
        if (captureWindow === null || captureWindow.webContents !== sender) return { received: false };
        captureWindow.close();
        await showWindow();
        return { received: true };
      },
      ...createUnlockHandlers(
        createUnlockSecretStore(safeStorage, path.join(app.getPath('userData'), 'unlock-key.bin'), process.platform),
      ),
    };
    registerVerbs(
      ipcMain,
      handlers,
      (event, verb) =>
        isTrustedSender(event, mainWindow?.webContents) ||
        (CAPTURE_VERBS.has(verb) && isTrustedSender(event, captureWindow?.webContents)),
    );
    lockOnSystemEvents(powerMonitor, () => mainWindow?.webContents);
    await openWindow();
  });
}
