import { app, ipcMain, Menu, powerMonitor, protocol, safeStorage, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { BridgeVerb } from '../shared/bridge';
import { APP_SCHEME } from './appOrigin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { createCloseHandshake } from './closeHandshake';
import { askToCloseUnsaved, electronDialogs } from './electronDialogs';
import { createAppHandlers } from './ipc/appHandlers';
import { createFileHandlers } from './ipc/fileHandlers';
import { createConflictHandlers } from './ipc/conflictHandlers';
import { createConflictSessions } from './ipc/conflictSessions';
import { createMarkdownHandlers, type MarkdownFolderIo } from './ipc/markdownHandlers';
import { createUnlockHandlers } from './ipc/unlockHandlers';
import { registerVerbs, type VerbHandlers } from './ipc/registerVerbs';
import { isTrustedSender } from './ipc/senderGuard';
import { createMainWindow } from './mainWindow';
import { overwriteConflicts, readConflictFiles, recordConflictsTaken } from './markdown/conflictFiles';
import { writeMarkdownExport } from './markdown/exportFolder';
import { readMarkdownFolder } from './markdown/importFolder';
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
      mainWindow = window;
    } finally {
      opening = false;
    }
  };

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  // Every web contents, ours or any Electron creates (devtools, a stray popup), gets the same guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.on('activate', () => {
    if (app.isReady()) void openWindow();
  });
  // The last bounds are written on close; wait for that write rather than cut it off.
  app.on('will-quit', (event) => {
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
    const handlers: VerbHandlers<BridgeVerb> = {
      ...createAppHandlers({ version: app.getVersion(), platform: process.platform }),
      ...createFileHandlers(electronDialogs),
      ...createMarkdownHandlers(electronDialogs, folders, conflictSessions),
      ...createConflictHandlers(folders, conflictSessions),
      ...closeHandshake.handlers,
      ...createUnlockHandlers(
        createUnlockSecretStore(safeStorage, path.join(app.getPath('userData'), 'unlock-key.bin'), process.platform),
      ),
    };
    registerVerbs(ipcMain, handlers, (event) => isTrustedSender(event, mainWindow?.webContents));
    // powerMonitor may only be used once the app is ready.
    lockOnSystemEvents(powerMonitor, () => mainWindow?.webContents);
    await openWindow();
  });
}
