import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_CONTRACT, BRIDGE_EVENTS, BRIDGE_GLOBAL, type ForkcastBridge } from '../../shared/bridge';

const electron = await vi.hoisted(async () => (await import('./fakes/fakeElectron')).createFakeElectron());
vi.mock('electron', () => electron);

await import('../../electron/preload');
const [[globalName, api]] = electron.contextBridge.exposeInMainWorld.mock.calls as [[string, ForkcastBridge]];

describe('the preload bridge', () => {
  it('exposes one function per verb and event under window.forkcast, and nothing else', () => {
    expect(globalName).toBe(BRIDGE_GLOBAL);
    const events = Object.keys(BRIDGE_EVENTS).map((event) => `on${event[0]?.toUpperCase()}${event.slice(1)}`);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(BRIDGE_CONTRACT), ...events].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each verb on its own channel with only the request', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ status: 'saved', location: '/x/brief.md' });
    const request = { suggestedName: 'brief.md', text: 'hello' };
    await expect(api.saveBrief(request)).resolves.toEqual({ status: 'saved', location: '/x/brief.md' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(BRIDGE_CONTRACT.saveBrief.channel, request);

    electron.ipcRenderer.invoke.mockResolvedValueOnce({ mode: 'electron', version: '1.0.0', platform: 'linux' });
    await api.getAppInfo();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(BRIDGE_CONTRACT.getAppInfo.channel, undefined);
  });

  it('ignores extra arguments a page passes to a verb that takes none', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ status: 'cancelled' });
    // A page is free to call it wrongly; the preload still sends nothing but the verb.
    await (api.openBackup as (...args: unknown[]) => Promise<unknown>)('/etc/passwd');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(BRIDGE_CONTRACT.openBackup.channel, undefined);
  });

  it('sends cancelExport on its own channel with nothing else', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ cancelled: true });
    await expect(api.cancelExport()).resolves.toEqual({ cancelled: true });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(BRIDGE_CONTRACT.cancelExport.channel, undefined);
  });

  it('hands the page only the answer, never the IPC event', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ status: 'cancelled' });
    await expect(api.openBackup()).resolves.toEqual({ status: 'cancelled' });
  });
});

describe('onExportProgress', () => {
  const channel = BRIDGE_EVENTS.exportProgress.channel;

  it('hands the listener only the payload, never the IPC event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = api.onExportProgress(listener);
    const event = { sender: electron.ipcRenderer, senderId: 0 };
    electron.ipcRenderer.emit(channel, event, { done: 3, total: 10 });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ done: 3, total: 10 });

    unsubscribe();
    expect(electron.ipcRenderer.listenerCount(channel)).toBe(0);
    electron.ipcRenderer.emit(channel, event, { done: 4, total: 10 });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('removes only its own listener', () => {
    const [first, second] = [vi.fn(), vi.fn()];
    const unsubscribeFirst = api.onExportProgress(first);
    const unsubscribeSecond = api.onExportProgress(second);
    unsubscribeFirst();
    electron.ipcRenderer.emit(channel, {}, { done: 1, total: 1 });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ done: 1, total: 1 });
    unsubscribeSecond();
  });
});
