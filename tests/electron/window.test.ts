import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKGROUND_COLORS, createWindowOptions } from '../../electron/windowOptions';
import { createWindowStateStore } from '../../electron/windowState';
import type { FakeBrowserWindow } from './fakes/fakeElectron';

const electron = await vi.hoisted(async () => (await import('./fakes/fakeElectron')).createFakeElectron());
vi.mock('electron', () => electron);

const { createMainWindow } = await import('../../electron/mainWindow');

const SECURE_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
};

describe('createWindowOptions', () => {
  it('states every security preference explicitly', () => {
    const options = createWindowOptions({ preloadPath: '/app/preload.cjs', isPackaged: true, darkMode: false });
    expect(options.webPreferences).toMatchObject({ ...SECURE_PREFERENCES, preload: '/app/preload.cjs' });
    for (const key of Object.keys(SECURE_PREFERENCES)) expect(options.webPreferences, key).toHaveProperty(key);
  });

  it('spellchecks only where the system checker needs no download: macOS', () => {
    const spellcheck = (platform: NodeJS.Platform) =>
      createWindowOptions({ preloadPath: 'p', isPackaged: true, darkMode: false, platform }).webPreferences?.spellcheck;
    expect(spellcheck('darwin')).toBe(true);
    for (const platform of ['win32', 'linux', 'freebsd'] as const) expect(spellcheck(platform), platform).toBe(false);
  });

  it('has no devtools when packaged, and waits to be shown', () => {
    expect(createWindowOptions({ preloadPath: 'p', isPackaged: true, darkMode: false }).webPreferences?.devTools).toBe(
      false,
    );
    expect(createWindowOptions({ preloadPath: 'p', isPackaged: false, darkMode: false }).webPreferences?.devTools).toBe(
      true,
    );
    expect(createWindowOptions({ preloadPath: 'p', isPackaged: true, darkMode: false }).show).toBe(false);
  });

  it('matches the system theme and uses remembered bounds', () => {
    const dark = createWindowOptions({
      preloadPath: 'p',
      isPackaged: true,
      darkMode: true,
      bounds: { x: 5, y: 6, width: 900, height: 700 },
    });
    expect(dark).toMatchObject({ backgroundColor: BACKGROUND_COLORS.dark, x: 5, y: 6, width: 900, height: 700 });
    expect(createWindowOptions({ preloadPath: 'p', isPackaged: true, darkMode: false }).backgroundColor).toBe(
      BACKGROUND_COLORS.light,
    );
  });
});

describe('createMainWindow', () => {
  let folder: string;
  let stateStore: ReturnType<typeof createWindowStateStore>;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'forkcast-main-window-'));
    stateStore = createWindowStateStore(path.join(folder, 'window-state.json'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  const open = async () =>
    // The fake stands in for BrowserWindow; the cast lets the test drive its events.
    (await createMainWindow({
      preloadPath: '/app/dist/electron/preload.cjs',
      isPackaged: true,
      stateStore,
    })) as unknown as InstanceType<typeof FakeBrowserWindow>;

  it('opens one secure window on the app origin, shown once ready', async () => {
    const window = await open();
    expect(window.options.webPreferences).toMatchObject({ ...SECURE_PREFERENCES, devTools: false });
    expect(window.loadURL).toHaveBeenCalledWith('app://forkcast/');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('remembers its bounds on close and reopens there, maximized if it was', async () => {
    const first = await open();
    first.bounds = { x: 30, y: 40, width: 1100, height: 750 };
    first.maximized = true;
    first.emit('close');
    await stateStore.flush();
    const second = await open();
    expect(second.options).toMatchObject({ x: 30, y: 40, width: 1100, height: 750 });
    second.emit('ready-to-show');
    expect(second.maximize).toHaveBeenCalled();
  });

  it('follows the system theme for its background until closed', async () => {
    const listeners = electron.nativeTheme.listenerCount('updated');
    const window = await open();
    electron.nativeTheme.shouldUseDarkColors = true;
    electron.nativeTheme.emit('updated');
    electron.nativeTheme.shouldUseDarkColors = false;
    expect(window.setBackgroundColor).toHaveBeenCalledWith(BACKGROUND_COLORS.dark);
    window.emit('closed');
    expect(electron.nativeTheme.listenerCount('updated')).toBe(listeners);
  });
});
