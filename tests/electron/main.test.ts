import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BRIDGE_CONTRACT, BRIDGE_EVENT_CHANNELS, type BridgeVerb } from '../../shared/bridge';
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

const { createFakeElectron, FakeBrowserWindow, FakeTray, loadedWindow } = await import('./fakes/fakeElectron');

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

  it('opens the quick-capture window on its shortcut, which may only report the day, close itself or show the main window', async () => {
    const profile = await mkdtemp(path.join(tmpdir(), 'forkcast-main-'));
    const electron = await startMain((fake) => fake.app.getPath.mockImplementation(() => profile));
    const [mainWindow] = FakeBrowserWindow.instances;
    const handle = (verb: BridgeVerb) => electron.ipcMain.handlers.get(BRIDGE_CONTRACT[verb].channel);
    const from = (window: InstanceType<typeof FakeBrowserWindow> | undefined) => ({
      sender: window?.webContents,
      senderFrame: window?.webContents.mainFrame,
    });
    await expect(
      handle('setQuickCapture')?.(from(mainWindow), { enabled: true, accelerator: 'CommandOrControl+Alt+J' }),
    ).resolves.toMatchObject({ status: 'done', state: { quickCaptureStatus: 'active' } });

    electron.globalShortcut.press('CommandOrControl+Alt+J');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    const capture = FakeBrowserWindow.instances[1];
    expect(capture?.loadURL).toHaveBeenCalledWith('app://forkcast/#/capture');
    expect(capture?.options).toMatchObject({
      alwaysOnTop: true,
      webPreferences: { sandbox: true, contextIsolation: true },
    });
    // A second press brings the same window forward.
    electron.globalShortcut.press('CommandOrControl+Alt+J');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(capture?.focus).toHaveBeenCalled();

    await expect(handle('setTray')?.(from(capture), { enabled: true })).resolves.toMatchObject({ status: 'failed' });
    await expect(
      handle('reportDay')?.(from(capture), { date: '2026-11-20', written: true, timeZone: 'UTC' }),
    ).resolves.toEqual({
      received: true,
    });
    await expect(handle('closeQuickCapture')?.(from(mainWindow), undefined)).resolves.toEqual({ received: false });
    await expect(handle('showMainWindow')?.(from(mainWindow), undefined)).resolves.toEqual({ received: false });
    await expect(handle('closeQuickCapture')?.(from(capture), undefined)).resolves.toEqual({ received: true });
    expect(capture?.destroyed).toBe(true);
    expect(mainWindow?.destroyed).toBe(false);

    // A locked journal: the capture window sends the user to the main window, which unlocks, and closes.
    electron.globalShortcut.press('CommandOrControl+Alt+J');
    const second = FakeBrowserWindow.instances[2];
    mainWindow?.isMinimized.mockReturnValue(true);
    mainWindow?.focus.mockClear();
    await expect(handle('showMainWindow')?.(from(second), undefined)).resolves.toEqual({ received: true });
    expect(second?.destroyed).toBe(true);
    expect(mainWindow?.restore).toHaveBeenCalled();
    expect(mainWindow?.focus).toHaveBeenCalled();
    // The window's bounds may still be being written as it closed; rm retries until that is done.
    await rm(profile, { recursive: true, force: true, maxRetries: 10 });
  });

  it('with the tray icon on, closing the window keeps the app running; Write today opens it again', async () => {
    const profile = await mkdtemp(path.join(tmpdir(), 'forkcast-main-'));
    const electron = await startMain((fake) => fake.app.getPath.mockImplementation(() => profile));
    const [mainWindow] = FakeBrowserWindow.instances;
    const setTray = electron.ipcMain.handlers.get(BRIDGE_CONTRACT.setTray.channel);
    const from = { sender: mainWindow?.webContents, senderFrame: mainWindow?.webContents.mainFrame };
    await expect(setTray?.(from, { enabled: true })).resolves.toMatchObject({ status: 'done' });
    const [tray] = FakeTray.instances;
    mainWindow?.close();
    expect(electron.app.quit).not.toHaveBeenCalled();
    const [menu] = tray?.setContextMenu.mock.calls[0] as [{ template: Array<{ label?: string; click?: () => void }> }];
    menu.template.find((item) => item.label === 'Write today')?.click?.();
    await loadedWindow();
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1));
    menu.template.find((item) => item.label === 'Quit Forkcast')?.click?.();
    expect(electron.app.quit).toHaveBeenCalled();
    // The window's bounds may still be being written as it closed; rm retries until that is done.
    await rm(profile, { recursive: true, force: true, maxRetries: 10 });
  });

  it('refuses an impossible time or shortcut with a message naming it, and changes nothing', async () => {
    const profile = await mkdtemp(path.join(tmpdir(), 'forkcast-main-'));
    const electron = await startMain((fake) => fake.app.getPath.mockImplementation(() => profile));
    const [mainWindow] = FakeBrowserWindow.instances;
    const from = { sender: mainWindow?.webContents, senderFrame: mainWindow?.webContents.mainFrame };
    const setReminder = electron.ipcMain.handlers.get(BRIDGE_CONTRACT.setReminder.channel);
    const setQuickCapture = electron.ipcMain.handlers.get(BRIDGE_CONTRACT.setQuickCapture.channel);
    await expect(setReminder?.(from, { enabled: true, time: '25:00' })).resolves.toEqual({
      status: 'failed',
      message: 'The request was not valid at time: is not a time of day (HH:MM, from 00:00 to 23:59).',
    });
    await expect(setQuickCapture?.(from, { enabled: true, accelerator: 'Shift+J' })).resolves.toMatchObject({
      status: 'failed',
      message: expect.stringMatching(
        /^The request was not valid at accelerator: A shortcut that works in every app needs/,
      ),
    });
    expect(electron.globalShortcut.register).not.toHaveBeenCalled();
    await expect(readdir(profile)).resolves.toEqual([]);
    // The window's bounds may still be being written as it closed; rm retries until that is done.
    await rm(profile, { recursive: true, force: true, maxRetries: 10 });
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
