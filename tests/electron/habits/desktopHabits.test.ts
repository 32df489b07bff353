import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesktopHabits } from '../../../electron/habits/desktopHabits';
import { createHabitStore } from '../../../electron/habits/habitStore';
import { autostartEntry, createLoginItem, type LoginItem } from '../../../electron/habits/loginItem';
import { createQuickCaptureShortcut } from '../../../electron/habits/quickCaptureShortcut';
import { showTrayIcon, trayMenuTemplate } from '../../../electron/habits/trayIcon';
import { DEFAULT_HABIT_SETTINGS, type HabitResponse } from '../../../shared/habits';
import { createFakeElectron, createFakeGlobalShortcut, FakeTray } from '../fakes/fakeElectron';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'forkcast-habits-'));
  FakeTray.instances.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function memoryLoginItem(problem: string | null = null): LoginItem & { enabled: boolean } {
  const item = {
    problem,
    enabled: false,
    isEnabled: async () => item.enabled,
    set: vi.fn(async (enabled: boolean) => {
      if (problem && enabled) throw new Error(problem);
      item.enabled = enabled;
    }),
  };
  return item;
}

async function setUp(options: { notificationsSupported?: boolean; loginProblem?: string | null } = {}) {
  const file = path.join(dir, 'habits.json');
  const globalShortcut = createFakeGlobalShortcut();
  const pressed: string[] = [];
  const trays: Array<ReturnType<typeof vi.fn>> = [];
  const loginItem = memoryLoginItem(options.loginProblem ?? null);
  const habits = await createDesktopHabits({
    store: createHabitStore(file),
    loginItem,
    shortcut: createQuickCaptureShortcut(globalShortcut, () => pressed.push('capture'), false),
    powerMonitor: new EventEmitter(),
    notificationsSupported: options.notificationsSupported ?? true,
    notify: vi.fn(),
    showTray: () => {
      const remove = vi.fn();
      trays.push(remove);
      return remove;
    },
  });
  const sender = {} as never;
  const call = {
    setReminder: (request: { enabled: boolean; time: string }) => habits.handlers.setReminder(request, { sender }),
    setTray: (enabled: boolean) => habits.handlers.setTray({ enabled }, { sender }),
    setLaunchAtLogin: (enabled: boolean) => habits.handlers.setLaunchAtLogin({ enabled }, { sender }),
    setQuickCapture: (request: { enabled: boolean; accelerator: string }) =>
      habits.handlers.setQuickCapture(request, { sender }),
    get: () => habits.handlers.getHabits(undefined, { sender }),
  };
  const saved = async () => JSON.parse(await readFile(file, 'utf8')) as { settings: typeof DEFAULT_HABIT_SETTINGS };
  return { habits, call, globalShortcut, pressed, trays, loginItem, saved, file };
}

const settingsOf = (response: HabitResponse) => {
  if (response.status !== 'done') throw new Error(response.message);
  return response.state.settings;
};

describe('the habit settings in main', () => {
  it('start with everything off, and each change is saved and comes back after a restart', async () => {
    const first = await setUp();
    expect((await first.call.get()).settings).toEqual(DEFAULT_HABIT_SETTINGS);
    settingsOf(await first.call.setReminder({ enabled: true, time: '21:05' }));
    settingsOf(await first.call.setTray(true));
    settingsOf(await first.call.setQuickCapture({ enabled: true, accelerator: 'Control+Shift+K' }));
    first.habits.stop();

    const second = await setUp();
    const state = await second.call.get();
    expect(state.settings.reminder).toEqual({ enabled: true, time: '21:05' });
    expect(state.settings.tray).toBe(true);
    expect(state.quickCaptureStatus).toBe('active');
    expect(second.trays).toHaveLength(1);
    second.globalShortcut.press('Control+Shift+K');
    expect(second.pressed).toEqual(['capture']);
    second.habits.stop();
  });

  it('keeps the app running with the window closed only while the tray icon shows', async () => {
    const { habits, call, trays } = await setUp();
    expect(habits.keepsRunning()).toBe(false);
    await call.setTray(true);
    expect(habits.keepsRunning()).toBe(true);
    await call.setTray(false);
    expect(trays[0]).toHaveBeenCalledOnce();
    expect(habits.keepsRunning()).toBe(false);
  });

  it('reports a shortcut another app holds, and keeps the one that worked', async () => {
    const { call, globalShortcut, saved } = await setUp();
    settingsOf(await call.setQuickCapture({ enabled: true, accelerator: 'CommandOrControl+Alt+J' }));
    globalShortcut.takenElsewhere.add('Control+Alt+K');
    const refused = await call.setQuickCapture({ enabled: true, accelerator: 'Control+Alt+K' });
    expect(refused).toEqual({
      status: 'failed',
      message: 'Ctrl+Alt+K is already used by another app or by the system. Choose other keys.',
    });
    expect((await saved()).settings.quickCapture.accelerator).toBe('CommandOrControl+Alt+J');
    expect([...globalShortcut.registered.keys()]).toEqual(['CommandOrControl+Alt+J']);
    expect((await call.get()).quickCaptureStatus).toBe('active');
  });

  it('says so at start when the saved shortcut has been taken by another app meanwhile', async () => {
    const globalShortcut = createFakeGlobalShortcut();
    globalShortcut.takenElsewhere.add('Control+Alt+K');
    const shortcut = createQuickCaptureShortcut(globalShortcut, () => undefined, false);
    expect(shortcut.start('Control+Alt+K')).toBe('taken');
    expect(globalShortcut.registered.size).toBe(0);
    // Turning it off, or to free keys, works again.
    shortcut.change('Control+Alt+L');
    expect(shortcut.status()).toBe('active');
  });

  it('refuses a reminder where the system shows no notifications, changing nothing', async () => {
    const { call, file } = await setUp({ notificationsSupported: false });
    const answer = await call.setReminder({ enabled: true, time: '08:00' });
    expect(answer.status).toBe('failed');
    await expect(readFile(file, 'utf8')).rejects.toThrow();
  });

  it('refuses launch at login in a development build, changing nothing', async () => {
    const { call, loginItem, file } = await setUp({ loginProblem: 'Launching at login works in the installed app.' });
    expect(await call.setLaunchAtLogin(true)).toEqual({
      status: 'failed',
      message: 'Launching at login works in the installed app.',
    });
    expect(loginItem.enabled).toBe(false);
    await expect(readFile(file, 'utf8')).rejects.toThrow();
  });

  it('changes nothing when the settings cannot be written', async () => {
    const { call, trays } = await setUp();
    // The folder is gone: the atomic write cannot create its temporary file.
    await rm(dir, { recursive: true, force: true });
    const answer = await call.setTray(true);
    expect(answer.status).toBe('failed');
    expect(trays).toHaveLength(0);
    expect((await call.get()).settings.tray).toBe(false);
  });

  it('starts from the defaults when the file is not one of ours', async () => {
    await writeFile(path.join(dir, 'habits.json'), '{"settings":{"reminder":{"enabled":true,"time":"25:00"}}}');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call } = await setUp();
    expect((await call.get()).settings).toEqual(DEFAULT_HABIT_SETTINGS);
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });
});

describe('the tray icon', () => {
  it('offers Write today, Open and Quit, and opens the window on a click', () => {
    const electron = createFakeElectron();
    const actions = { writeToday: vi.fn(), open: vi.fn(), quit: vi.fn() };
    const built: unknown[] = [];
    const remove = showTrayIcon(
      {
        Tray: electron.Tray as never,
        Menu: { buildFromTemplate: (template) => (built.push(template), template as never) },
        nativeImage: electron.nativeImage as never,
      },
      '/app/tray.png',
      actions,
    );
    const [tray] = FakeTray.instances;
    expect(electron.nativeImage.createFromPath).toHaveBeenCalledWith('/app/tray.png');
    expect(tray?.setToolTip).toHaveBeenCalledWith('Forkcast');
    const template = trayMenuTemplate(actions);
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Write today',
      'Open Forkcast',
      'separator',
      'Quit Forkcast',
    ]);
    expect(built).toHaveLength(1);
    (built[0] as typeof template)[0]?.click?.({} as never, undefined, {} as never);
    expect(actions.writeToday).toHaveBeenCalledOnce();
    tray?.emit('click');
    expect(actions.open).toHaveBeenCalledOnce();
    remove();
    expect(tray?.destroyed).toBe(true);
  });
});

describe('launch at login', () => {
  it('on Linux writes and removes an XDG autostart entry naming the AppImage', async () => {
    const app = { isPackaged: true, getLoginItemSettings: vi.fn(), setLoginItemSettings: vi.fn() };
    const item = createLoginItem({
      app: app as never,
      platform: 'linux',
      env: { XDG_CONFIG_HOME: path.join(dir, 'config'), APPIMAGE: '/home/me/Apps/Forkcast "1".AppImage' },
      homeDir: dir,
      execPath: '/tmp/.mount_Forkcast/forkcast',
    });
    expect(item.problem).toBeNull();
    expect(await item.isEnabled()).toBe(false);
    await item.set(true);
    const entry = await readFile(path.join(dir, 'config', 'autostart', 'forkcast.desktop'), 'utf8');
    expect(entry).toBe(autostartEntry('/home/me/Apps/Forkcast "1".AppImage'));
    expect(entry).toContain('Exec="/home/me/Apps/Forkcast \\"1\\".AppImage"');
    expect(await item.isEnabled()).toBe(true);
    await item.set(false);
    expect(await item.isEnabled()).toBe(false);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('on macOS and Windows uses Electron’s login item settings', async () => {
    const electron = createFakeElectron();
    electron.app.isPackaged = true;
    const item = createLoginItem({
      app: electron.app as never,
      platform: 'darwin',
      env: {},
      homeDir: dir,
      execPath: '/x',
    });
    await item.set(true);
    expect(electron.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
    expect(await item.isEnabled()).toBe(true);
  });

  it('is refused in a development build', async () => {
    const electron = createFakeElectron();
    const item = createLoginItem({
      app: electron.app as never,
      platform: 'win32',
      env: {},
      homeDir: dir,
      execPath: '/x',
    });
    expect(item.problem).toMatch(/installed app/);
    await expect(item.set(true)).rejects.toThrow(/installed app/);
    expect(electron.app.setLoginItemSettings).not.toHaveBeenCalled();
  });
});
