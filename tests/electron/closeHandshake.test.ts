import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CONTRACT, BRIDGE_EVENTS, type ReadyToCloseRequest } from '../../shared/bridge';
import type { BrowserWindow } from 'electron';
import type { FakeElectron } from './fakes/fakeElectron';

const electron = await vi.hoisted(async () => (await import('./fakes/fakeElectron')).createFakeElectron());
vi.mock('electron', () => electron);
vi.mock('../../electron/markdown/exportFolder', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  writeMarkdownExport: vi.fn(),
}));
vi.mock('../../electron/markdown/importFolder', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  readMarkdownFolder: vi.fn(),
}));

const { createFakeElectron, FakeBrowserWindow, loadedWindow } = await import('./fakes/fakeElectron');
const { CLOSE_TIMEOUT_MS, createCloseHandshake, NO_ANSWER_DETAIL } = await import('../../electron/closeHandshake');

type Window = InstanceType<typeof FakeBrowserWindow>;

/** The handshake on one fake window, with the user's answer to "close anyway?" scripted. */
function setUp(choice: 'stay' | 'close' = 'stay') {
  const fake = createFakeElectron();
  const window = new FakeBrowserWindow({});
  const ask = vi.fn(async (_window: unknown, _detail: string) => choice);
  // The fakes stand in for Electron's app and BrowserWindow; the casts let the module under test take them.
  const handshake = createCloseHandshake({ app: fake.app as never, ask });
  handshake.guard(window as unknown as BrowserWindow);
  const closeRequests = () =>
    window.webContents.send.mock.calls.filter(([channel]) => channel === BRIDGE_EVENTS.closeRequested.channel);
  const lastRequestId = () => (closeRequests().at(-1)?.[1] as { requestId: number }).requestId;
  const answer = (request: ReadyToCloseRequest, sender: unknown = window.webContents) =>
    handshake.handlers.readyToClose(request, { sender: sender as never });
  return { fake, window, ask, closeRequests, lastRequestId, answer };
}

const closedEvents = (window: Window) => {
  const closed = vi.fn();
  window.on('closed', closed);
  return closed;
};

beforeEach(() => {
  FakeBrowserWindow.instances.length = 0;
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the close handshake', () => {
  it('holds a closing window until the page says everything is saved', async () => {
    const { window, closeRequests, lastRequestId, answer } = setUp();
    const closed = closedEvents(window);
    expect(window.close()).toBe(false);
    expect(closeRequests()).toHaveLength(1);
    expect(closed).not.toHaveBeenCalled();

    // Asking again while waiting sends nothing new.
    window.close();
    expect(closeRequests()).toHaveLength(1);

    await expect(answer({ requestId: lastRequestId(), outcome: 'saved' })).resolves.toEqual({ received: true });
    expect(closed).toHaveBeenCalledTimes(1);
    expect(window.isDestroyed()).toBe(true);
  });

  it('holds a quit the same way, then finishes it', async () => {
    const { fake, window, closeRequests, lastRequestId, answer } = setUp();
    const willQuit = vi.fn();
    fake.app.on('will-quit', willQuit);
    fake.app.quit();
    // The held window cancelled the quit, as Electron does.
    expect(closeRequests()).toHaveLength(1);
    expect(willQuit).not.toHaveBeenCalled();
    expect(fake.app.quitted).toBe(false);

    await answer({ requestId: lastRequestId(), outcome: 'saved' });
    expect(window.isDestroyed()).toBe(true);
    expect(willQuit).toHaveBeenCalledTimes(1);
    expect(fake.app.quitted).toBe(true);
  });

  it('asks the user when the page says something is unsaved, and stays open if they want', async () => {
    const { fake, window, ask, lastRequestId, answer } = setUp('stay');
    fake.app.quit();
    const message = 'Your latest changes to Tuesday, 25 November 2025 are not saved: the disk is full.';
    await answer({ requestId: lastRequestId(), outcome: 'unsaved', message });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith(window, message));
    expect(window.isDestroyed()).toBe(false);
    expect(fake.app.quitted).toBe(false);

    // Staying cancelled the quit: a later close asks the page again and closes only the window.
    window.close();
    expect(window.webContents.send).toHaveBeenCalledTimes(2);
    await answer({ requestId: lastRequestId(), outcome: 'saved' });
    expect(window.isDestroyed()).toBe(true);
    expect(fake.app.quitted).toBe(false);
  });

  it('closes anyway when the user says so, even during a quit', async () => {
    const { fake, window, ask, lastRequestId, answer } = setUp('close');
    fake.app.quit();
    await answer({ requestId: lastRequestId(), outcome: 'unsaved', message: 'Not saved: storage failed.' });
    await vi.waitFor(() => expect(fake.app.quitted).toBe(true));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(window.isDestroyed()).toBe(true);
  });

  it('gives the page a few seconds, then lets the user decide', async () => {
    const { window, ask, answer, lastRequestId } = setUp('stay');
    window.close();
    await vi.advanceTimersByTimeAsync(CLOSE_TIMEOUT_MS - 1);
    expect(ask).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(ask).toHaveBeenCalledWith(window, NO_ANSWER_DETAIL);
    expect(window.isDestroyed()).toBe(false);
    // A late answer to the old request changes nothing.
    await expect(answer({ requestId: lastRequestId(), outcome: 'saved' })).resolves.toEqual({ received: false });
    expect(window.isDestroyed()).toBe(false);
  });

  it('ignores answers it did not ask for: another id, another sender, or none pending', async () => {
    const { window, lastRequestId, answer } = setUp();
    await expect(answer({ requestId: 1, outcome: 'saved' })).resolves.toEqual({ received: false });
    window.close();
    const other = new FakeBrowserWindow({});
    await expect(answer({ requestId: lastRequestId() + 1, outcome: 'saved' })).resolves.toEqual({ received: false });
    await expect(answer({ requestId: lastRequestId(), outcome: 'saved' }, other.webContents)).resolves.toEqual({
      received: false,
    });
    expect(window.isDestroyed()).toBe(false);
  });

  it('does not wait for a page that is gone', async () => {
    const { window, ask, closeRequests } = setUp();
    window.close();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(window.isDestroyed()).toBe(true);
    await vi.advanceTimersByTimeAsync(CLOSE_TIMEOUT_MS);
    expect(ask).not.toHaveBeenCalled();
    expect(closeRequests()).toHaveLength(1);
  });
});

describe('main wires the handshake to its window', () => {
  const profiles: string[] = [];
  afterAll(() => Promise.all(profiles.map((profile) => rm(profile, { recursive: true, force: true }))));

  async function startMain(): Promise<FakeElectron> {
    Object.assign(electron, createFakeElectron());
    // Closing writes the window's bounds into the profile: give it a real, throwaway one.
    const profile = await mkdtemp(path.join(tmpdir(), 'forkcast-close-'));
    profiles.push(profile);
    electron.app.getPath.mockReturnValue(profile);
    vi.resetModules();
    await import('../../electron/main');
    await loadedWindow();
    return electron;
  }

  it('closes the window only after the page answers on the readyToClose channel', async () => {
    vi.useRealTimers();
    const electron = await startMain();
    const [window] = FakeBrowserWindow.instances;
    if (!window) throw new Error('no window');
    window.close();
    expect(window.isDestroyed()).toBe(false);
    const [, request] = window.webContents.send.mock.calls.find(
      ([channel]) => channel === BRIDGE_EVENTS.closeRequested.channel,
    ) as [string, { requestId: number }];

    const readyToClose = electron.ipcMain.handlers.get(BRIDGE_CONTRACT.readyToClose.channel);
    const fromOurWindow = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    // A malformed answer is refused by the contract before the handshake sees it.
    await expect(readyToClose?.(fromOurWindow, { requestId: request.requestId, outcome: 'bogus' })).rejects.toThrow(
      /not valid at outcome/,
    );
    expect(window.isDestroyed()).toBe(false);
    await expect(readyToClose?.(fromOurWindow, { requestId: request.requestId, outcome: 'saved' })).resolves.toEqual({
      received: true,
    });
    expect(window.isDestroyed()).toBe(true);
    // On Linux and Windows the last window closing quits the app.
    if (process.platform !== 'darwin') await vi.waitFor(() => expect(electron.app.quitted).toBe(true));
  });
});
