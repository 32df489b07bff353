import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { bundleElectron } from '../../scripts/electronBundles.mjs';
import {
  BRIDGE_CONTRACT,
  BRIDGE_EVENTS,
  BRIDGE_GLOBAL,
  BRIDGE_KEYS,
  type BridgeVerb,
  type ForkcastBridge,
} from '../../shared/bridge';

const electron = await vi.hoisted(async () => (await import('./fakes/fakeElectron')).createFakeElectron());
vi.mock('electron', () => electron);

await import('../../electron/preload');
const [[globalName, api]] = electron.contextBridge.exposeInMainWorld.mock.calls as [[string, ForkcastBridge]];

describe('the preload bridge', () => {
  it('exposes one function per verb and event under window.forkcast, and nothing else', () => {
    expect(globalName).toBe(BRIDGE_GLOBAL);
    expect(Object.keys(api).sort()).toEqual([...BRIDGE_KEYS].sort());
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
    // Main answers every verb; the fake carries requests and answers across as Electron does.
    const events: object[] = [];
    for (const [verb, { channel }] of Object.entries(BRIDGE_CONTRACT)) {
      electron.ipcMain.handle(channel, (event: unknown, request: unknown) => {
        events.push(event as object);
        return { status: 'cancelled', verb, request: request ?? null };
      });
    }
    const forbidden = new Set<unknown>([electron.ipcRenderer, ...events.flatMap((event) => Object.values(event))]);
    for (const verb of Object.keys(BRIDGE_CONTRACT) as BridgeVerb[]) {
      const request = { suggestedName: `${verb}.txt` };
      const answer = await (api[verb] as (request: unknown) => Promise<unknown>)(request);
      const sent = BRIDGE_CONTRACT[verb].request.safeParse(undefined).success ? null : request;
      expect(answer, verb).toStrictEqual({ status: 'cancelled', verb, request: sent });
      // Nothing the page can reach from the answer is IPC machinery.
      const reachable = reachableFrom(answer);
      for (const value of [...events, ...forbidden]) expect(reachable.has(value), verb).toBe(false);
    }
    expect(events).toHaveLength(Object.keys(BRIDGE_CONTRACT).length);
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

describe('the close handshake', () => {
  it('hands a close request to the page and sends its answer on the readyToClose channel', async () => {
    const listener = vi.fn();
    const unsubscribe = api.onCloseRequested(listener);
    electron.ipcRenderer.emit(BRIDGE_EVENTS.closeRequested.channel, { senderId: 0 }, { requestId: 7 });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ requestId: 7 });
    unsubscribe();
    expect(electron.ipcRenderer.listenerCount(BRIDGE_EVENTS.closeRequested.channel)).toBe(0);

    electron.ipcRenderer.invoke.mockResolvedValueOnce({ received: true });
    await expect(api.readyToClose({ requestId: 7, outcome: 'saved' })).resolves.toEqual({ received: true });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(BRIDGE_CONTRACT.readyToClose.channel, {
      requestId: 7,
      outcome: 'saved',
    });
  });
});

/** Every object and function reachable from `value` through own properties. */
function reachableFrom(value: unknown, seen = new Set<unknown>()): Set<unknown> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return seen;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) reachableFrom(Reflect.get(value, key), seen);
  return seen;
}

describe('the built preload, run the way Electron runs a sandboxed preload', () => {
  it('needs only what the sandbox offers and exposes exactly the contract', async () => {
    const outdir = await mkdtemp(path.join(tmpdir(), 'forkcast-preload-'));
    try {
      await bundleElectron(outdir);
      const code = await readFile(path.join(outdir, 'preload.cjs'), 'utf8');
      // Electron's sandboxed preload gets a `require` that knows only these (see its sandbox docs).
      const fake = (await import('./fakes/fakeElectron')).createFakeElectron();
      const nodeRequire = createRequire(import.meta.url);
      const required: string[] = [];
      const sandboxRequire = (id: string): unknown => {
        required.push(id);
        if (id === 'electron') return { contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer };
        if (['events', 'timers', 'url'].includes(id)) return nodeRequire(id);
        throw new Error(`Cannot find module '${id}' (a sandboxed preload cannot load it)`);
      };
      const module = { exports: {} };
      vm.runInNewContext(
        code,
        { require: sandboxRequire, module, exports: module.exports },
        { filename: 'preload.cjs' },
      );

      expect(required).toEqual(['electron']);
      const [[name, exposed]] = fake.contextBridge.exposeInMainWorld.mock.calls as [[string, Record<string, unknown>]];
      expect(name).toBe(BRIDGE_GLOBAL);
      expect(Object.keys(exposed).sort()).toEqual([...BRIDGE_KEYS].sort());
      for (const key of BRIDGE_KEYS) expect(typeof exposed[key], key).toBe('function');
    } finally {
      await rm(outdir, { recursive: true, force: true });
    }
  }, 60_000);
});
