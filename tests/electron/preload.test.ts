import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_CONTRACT, BRIDGE_GLOBAL, type ForkcastBridge } from '../../shared/bridge';

const electron = await vi.hoisted(async () => (await import('./fakes/fakeElectron')).createFakeElectron());
vi.mock('electron', () => electron);

await import('../../electron/preload');
const [[globalName, api]] = electron.contextBridge.exposeInMainWorld.mock.calls as [[string, ForkcastBridge]];

describe('the preload bridge', () => {
  it('exposes one function per verb under window.forkcast, and nothing else', () => {
    expect(globalName).toBe(BRIDGE_GLOBAL);
    expect(Object.keys(api).sort()).toEqual(Object.keys(BRIDGE_CONTRACT).sort());
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

  it('hands the page only the answer, never the IPC event', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ status: 'cancelled' });
    await expect(api.openBackup()).resolves.toEqual({ status: 'cancelled' });
  });
});
