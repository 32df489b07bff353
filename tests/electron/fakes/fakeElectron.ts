import { EventEmitter, once } from 'node:events';
import { vi } from 'vitest';

/**
 * Small stand-ins for the parts of Electron that main, the window and the
 * preload touch. Tests mock the `electron` module with one of these, so the
 * real package (whose index.js downloads a binary) is never loaded.
 */

/** Electron's event object for cancellable events ('close', 'before-quit', 'will-quit'). */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame = { url: 'app://forkcast/', parent: null };
  readonly setWindowOpenHandler = vi.fn();
  readonly printToPDF = vi.fn(async () => new Uint8Array([37, 80, 68, 70]));
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  destroyed = false;
  /** Set, and 'did-finish-load' emitted, once a URL the window loaded has finished loading. */
  loaded = false;
  readonly isDestroyed = (): boolean => this.destroyed;
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static fromWebContents = vi.fn(
    (contents: unknown) => FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null,
  );
  static getAllWindows = (): FakeBrowserWindow[] => FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  /**
   * The fake app of the latest createFakeElectron: told of every new window as Electron's app
   * is, and of the last window closing outside a quit.
   */
  static app: (EventEmitter & { quitting: boolean }) | null = null;
  readonly webContents = new FakeWebContents();
  bounds = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  /** Like Electron's, resolves once the page has loaded, which takes a turn of the event loop, never at once. */
  readonly loadURL = vi.fn(
    (_url: string) =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          this.webContents.loaded = true;
          this.webContents.emit('did-finish-load');
          resolve();
        }),
      ),
  );
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });
  readonly isMinimized = vi.fn(() => false);
  readonly setBackgroundColor = vi.fn();
  readonly isMaximized = (): boolean => this.maximized;
  readonly getNormalBounds = (): typeof this.bounds => ({ ...this.bounds });
  destroyed = false;
  readonly isDestroyed = (): boolean => this.destroyed;

  /**
   * As Electron's win.close(): emits 'close', which a listener may cancel with
   * preventDefault(); otherwise the window and its web contents are destroyed
   * and 'closed' follows. Outside a quit, closing the last window emits the
   * app's 'window-all-closed'. Answers whether the window closed.
   */
  readonly close = vi.fn((): boolean => {
    if (this.destroyed) return true;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    const app = FakeBrowserWindow.app;
    if (app && !app.quitting && FakeBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
    return true;
  });

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    FakeBrowserWindow.app?.emit('browser-window-created', {}, this);
  }
}

/**
 * Electron's Notification: built with its options, shown by show(), an
 * EventEmitter whose 'click' and 'close' the system emits; isSupported() says
 * whether this system shows notifications at all.
 */
export class FakeNotification extends EventEmitter {
  static instances: FakeNotification[] = [];
  static supported = true;
  static isSupported = vi.fn((): boolean => FakeNotification.supported);
  readonly show = vi.fn();
  readonly close = vi.fn(() => this.emit('close', {}));
  constructor(readonly options: { title?: string; body?: string }) {
    super();
    FakeNotification.instances.push(this);
  }
}

/** Electron's Tray: made from an image, with a tooltip and a context menu; 'click' is its event. */
export class FakeTray extends EventEmitter {
  static instances: FakeTray[] = [];
  readonly setToolTip = vi.fn();
  readonly setContextMenu = vi.fn();
  destroyed = false;
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
  readonly isDestroyed = (): boolean => this.destroyed;
  constructor(readonly image: unknown) {
    super();
    FakeTray.instances.push(this);
  }
}

/**
 * Electron's globalShortcut: register answers false when the accelerator is
 * taken, by another app (listed in `takenElsewhere`) or already by this one,
 * and true once it is this app's.
 */
export function createFakeGlobalShortcut() {
  const registered = new Map<string, () => void>();
  const shortcut = {
    registered,
    takenElsewhere: new Set<string>(),
    register: vi.fn((accelerator: string, callback: () => void): boolean => {
      if (shortcut.takenElsewhere.has(accelerator) || registered.has(accelerator)) return false;
      registered.set(accelerator, callback);
      return true;
    }),
    isRegistered: vi.fn((accelerator: string): boolean => registered.has(accelerator)),
    unregister: vi.fn((accelerator: string): void => {
      registered.delete(accelerator);
    }),
    unregisterAll: vi.fn((): void => registered.clear()),
    /** The user presses the keys: the app's callback runs when the shortcut is its own. */
    press(accelerator: string): void {
      registered.get(accelerator)?.();
    },
  };
  return shortcut;
}

/**
 * safeStorage as Electron 45 documents it: the async API resolves once the
 * system's store is ready, `decryptStringAsync` answers `{ shouldReEncrypt,
 * result }`, and on Linux `getSelectedStorageBackend` names the keyring in
 * use ('basic_text' when there is none). The stand-in "encryption" is
 * reversible base64 behind a marker, enough to tell stored from plain text;
 * a buffer it did not make fails to decrypt, as a copied profile would.
 */
export function createFakeSafeStorage() {
  const store = {
    available: true,
    backend: 'gnome_libsecret' as string,
    rotated: false,
    isAsyncEncryptionAvailable: vi.fn(async () => store.available),
    encryptStringAsync: vi.fn(async (plainText: string) => {
      if (!store.available) throw new Error('Encryption is not available.');
      return Buffer.from(`sealed:${Buffer.from(plainText).toString('base64')}`);
    }),
    decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
      const text = encrypted.toString();
      if (!text.startsWith('sealed:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { shouldReEncrypt: store.rotated, result: Buffer.from(text.slice(7), 'base64').toString() };
    }),
    getSelectedStorageBackend: vi.fn(() => store.backend),
  };
  return store;
}

/**
 * The first window main opens, once its page has loaded: by then main has
 * finished starting (the window is its last step). Waits for Electron's own
 * events, 'browser-window-created' and 'did-finish-load', never for a timer.
 */
export async function loadedWindow(): Promise<FakeBrowserWindow> {
  const app = FakeBrowserWindow.app;
  if (app === null) throw new Error('createFakeElectron() has not run.');
  const window =
    FakeBrowserWindow.instances[0] ?? ((await once(app, 'browser-window-created'))[1] as FakeBrowserWindow);
  if (!window.webContents.loaded) await once(window.webContents, 'did-finish-load');
  return window;
}

export function createFakeElectron() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    hasLock: true,
    ready: Promise.resolve(),
    /** True while a quit is closing the windows; false again if one of them cancels it. */
    quitting: false,
    /** True once 'quit' was emitted: the process would exit here. */
    quitted: false,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn((): boolean => app.hasLock),
    /**
     * As Electron's app.quit(): 'before-quit' (cancellable), then every window
     * is closed; a window that cancels its 'close' cancels the quit. Once all
     * are closed, 'will-quit' (cancellable) and 'quit'. 'window-all-closed'
     * is not emitted during a quit.
     */
    quit: vi.fn((): void => {
      const beforeQuit = new FakeEvent();
      app.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return;
      app.quitting = true;
      try {
        for (const window of FakeBrowserWindow.getAllWindows()) if (!window.close()) return;
        const willQuit = new FakeEvent();
        app.emit('will-quit', willQuit);
        if (willQuit.defaultPrevented) return;
        app.quitted = true;
        app.emit('quit');
      } finally {
        app.quitting = false;
      }
    }),
    whenReady: vi.fn(() => app.ready),
    isReady: vi.fn(() => true),
    getVersion: vi.fn(() => '9.9.9'),
    getPath: vi.fn((name: string) => `/tmp/forkcast-fake-${name}`),
    /** macOS and Windows: what setLoginItemSettings last set. */
    loginItem: { openAtLogin: false },
    getLoginItemSettings: vi.fn(() => ({ ...app.loginItem })),
    setLoginItemSettings: vi.fn((settings: { openAtLogin?: boolean }) => {
      app.loginItem = { openAtLogin: settings.openAtLogin ?? false };
    }),
  });
  FakeNotification.instances.length = 0;
  FakeNotification.supported = true;
  FakeTray.instances.length = 0;
  FakeBrowserWindow.app = app;
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  // The page's window as main sees it, for the events invoke hands main's handlers.
  const pageContents = new FakeWebContents();
  /**
   * Like Electron's: runs the handler main registered for the channel with an
   * IpcMainInvokeEvent and a structured clone of the arguments, and resolves
   * with a structured clone of its answer alone; with no handler, it rejects
   * as Electron does.
   */
  const invoke = vi.fn(async (channel: string, ...args: unknown[]): Promise<unknown> => {
    const handler = handlers.get(channel);
    if (!handler)
      throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const event = { sender: pageContents, senderFrame: pageContents.mainFrame, processId: 1, frameId: 1 };
    return structuredClone(await handler(event, ...structuredClone(args)));
  });
  // A Session is an EventEmitter: the device choosers ('select-hid-device', ...) are its events.
  const defaultSession = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    setBluetoothPairingHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers,
      handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => {
        handlers.set(channel, handler);
      }),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: false }),
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    dialog: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    // 'suspend', 'resume', 'lock-screen' and 'unlock-screen' carry no arguments.
    powerMonitor: new EventEmitter(),
    Notification: FakeNotification,
    Tray: FakeTray,
    nativeImage: { createFromPath: vi.fn((path: string) => ({ path, isEmpty: () => false })) },
    globalShortcut: createFakeGlobalShortcut(),
    safeStorage: createFakeSafeStorage(),
    // Events main sends reach preload listeners through emit(channel, event, payload).
    ipcRenderer: Object.assign(new EventEmitter(), { invoke }),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
