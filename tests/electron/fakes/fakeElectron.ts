import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * Small stand-ins for the parts of Electron that main, the window and the
 * preload touch. Tests mock the `electron` module with one of these, so the
 * real package (whose index.js downloads a binary) is never loaded.
 */

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame = { url: 'app://forkcast/', parent: null };
  readonly setWindowOpenHandler = vi.fn();
  readonly printToPDF = vi.fn(async () => new Uint8Array([37, 80, 68, 70]));
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  destroyed = false;
  readonly isDestroyed = (): boolean => this.destroyed;
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static fromWebContents = vi.fn(
    (contents: unknown) => FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null,
  );
  readonly webContents = new FakeWebContents();
  bounds = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  readonly loadURL = vi.fn(async (_url: string) => undefined);
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

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
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

export function createFakeElectron() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    hasLock: true,
    ready: Promise.resolve(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn((): boolean => app.hasLock),
    quit: vi.fn(),
    whenReady: vi.fn(() => app.ready),
    isReady: vi.fn(() => true),
    getVersion: vi.fn(() => '9.9.9'),
    getPath: vi.fn((name: string) => `/tmp/forkcast-fake-${name}`),
  });
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
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
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    // 'lock-screen' and 'suspend' carry no arguments.
    powerMonitor: new EventEmitter(),
    safeStorage: createFakeSafeStorage(),
    // Events main sends reach preload listeners through emit(channel, event, payload).
    ipcRenderer: Object.assign(new EventEmitter(), { invoke: vi.fn() }),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
