import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CONTRACT, BRIDGE_EVENT_CHANNELS } from '../../shared/bridge';
import type { FakeElectron } from './fakes/fakeElectron';

const electron = await vi.hoisted(async () => (await import('./fakes/fakeElectron')).createFakeElectron());
vi.mock('electron', () => electron);
// Written separately (export/import work); main only wires it to the handlers.
vi.mock('../../electron/markdown/exportFolder', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  writeMarkdownExport: vi.fn(),
}));
vi.mock('../../electron/markdown/importFolder', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  readMarkdownFolder: vi.fn(),
}));
vi.mock('../../electron/markdown/conflictFiles', () => ({
  readConflictFiles: vi.fn(),
  overwriteConflicts: vi.fn(),
  recordConflictsTaken: vi.fn(),
}));

const { createFakeElectron, FakeBrowserWindow, loadedWindow } = await import('./fakes/fakeElectron');

/**
 * Loads main.ts afresh against fresh fakes (swapped into the mocked module in
 * place) and, when it holds the lock, waits until its window has loaded.
 */
async function startMain(configure: (fake: FakeElectron) => void = () => undefined): Promise<FakeElectron> {
  Object.assign(electron, createFakeElectron());
  configure(electron);
  vi.resetModules();
  await import('../../electron/main');
  if (electron.app.hasLock) await loadedWindow();
  return electron;
}

beforeEach(() => {
  FakeBrowserWindow.instances.length = 0;
});
afterEach(() => {
  vi.resetModules();
});

describe('main', () => {
  it('registers the app scheme as privileged and sandboxes every renderer before ready', async () => {
    const electron = await startMain();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('quits at once when another instance holds the lock', async () => {
    const electron = await startMain((fake) => {
      fake.app.hasLock = false;
    });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('opens one secure window and focuses it when a second instance starts', async () => {
    const electron = await startMain();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://forkcast/');
    electron.app.emit('second-instance');
    expect(window?.focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('hardens the session, sets the menu and guards every web contents', async () => {
    const electron = await startMain();
    const session = electron.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(session.setDevicePermissionHandler).toHaveBeenCalled();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const contents = new (await import('./fakes/fakeElectron')).FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('handles every bridge verb, trusting only its own window', async () => {
    const electron = await startMain();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const channels = Object.values(BRIDGE_CONTRACT).map((verb) => verb.channel);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(channels.sort());

    const window = FakeBrowserWindow.instances[0];
    const getAppInfo = electron.ipcMain.handlers.get(BRIDGE_CONTRACT.getAppInfo.channel);
    const fromOurWindow = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
    await expect(getAppInfo?.(fromOurWindow)).resolves.toEqual({
      mode: 'electron',
      version: '9.9.9',
      platform: process.platform,
    });
    const fromElsewhere = { sender: window?.webContents, senderFrame: { url: 'https://example.com/', parent: null } };
    await expect(getAppInfo?.(fromElsewhere)).rejects.toThrow(/did not come from the Forkcast window/);
  });

  it('asks its window to lock the journal when the screen locks or the computer sleeps', async () => {
    const electron = await startMain();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const send = FakeBrowserWindow.instances[0]?.webContents.send;
    electron.powerMonitor.emit('lock-screen');
    electron.powerMonitor.emit('suspend');
    expect(send?.mock.calls).toEqual([
      [BRIDGE_EVENT_CHANNELS.lockRequested, { reason: 'lock-screen' }],
      [BRIDGE_EVENT_CHANNELS.lockRequested, { reason: 'suspend' }],
    ]);
  });
});
