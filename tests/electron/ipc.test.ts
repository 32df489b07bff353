import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_CONTRACT, type BridgeVerb } from '../../shared/bridge';
import { IpcRejectedError, registerVerbs, type VerbHandlers } from '../../electron/ipc/registerVerbs';
import { isTrustedSender } from '../../electron/ipc/senderGuard';

const ourContents = { id: 1 };
const mainFrame = { url: 'app://forkcast/', parent: null };

function fakeEvent(overrides: Partial<{ sender: unknown; senderFrame: unknown }> = {}): IpcMainInvokeEvent {
  // Only `sender` and `senderFrame` are read; the rest of the event is irrelevant here.
  return { sender: ourContents, senderFrame: mainFrame, ...overrides } as unknown as IpcMainInvokeEvent;
}

const FOREIGN_SENDERS: [string, IpcMainInvokeEvent][] = [
  ['a null sender frame', fakeEvent({ senderFrame: null })],
  ['another origin', fakeEvent({ senderFrame: { url: 'https://example.com/', parent: null } })],
  ['a look-alike host', fakeEvent({ senderFrame: { url: 'app://forkcast.evil/', parent: null } })],
  ['file://', fakeEvent({ senderFrame: { url: 'file:///index.html', parent: null } })],
  ['a subframe of the app', fakeEvent({ senderFrame: { url: 'app://forkcast/', parent: mainFrame } })],
  ['another web contents', fakeEvent({ sender: { id: 2 } })],
  [
    'a frame that throws when read',
    Object.defineProperty(fakeEvent(), 'senderFrame', {
      get: (): never => {
        throw new Error('Render frame was disposed');
      },
    }),
  ],
];

function setUp() {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipc = {
    handle: vi.fn((channel: string, handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>) => {
      handlers.set(channel, handler);
    }),
  };
  const impl = {
    getAppInfo: vi.fn(async () => ({ mode: 'electron' as const, version: '1.0.0', platform: 'linux' })),
    saveBrief: vi.fn(async () => ({ status: 'saved' as const, location: '/picked/brief.md' })),
    openBackup: vi.fn(async () => ({ status: 'cancelled' as const })),
  } satisfies VerbHandlers<'getAppInfo' | 'saveBrief' | 'openBackup'>;
  registerVerbs(ipc as unknown as Pick<IpcMain, 'handle'>, impl, (event) => isTrustedSender(event, ourContents));
  const invoke = (verb: BridgeVerb, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> => {
    const handler = handlers.get(BRIDGE_CONTRACT[verb].channel);
    if (!handler) throw new Error(`no handler for ${verb}`);
    return handler(event, ...args);
  };
  return { ipc, impl, invoke };
}

const validBrief = { suggestedName: 'brief.md', text: '# Brief' };

describe('isTrustedSender', () => {
  it('trusts only the main frame of our window on the app origin', () => {
    expect(isTrustedSender(fakeEvent(), ourContents)).toBe(true);
    for (const [name, event] of FOREIGN_SENDERS) expect(isTrustedSender(event, ourContents), name).toBe(false);
    expect(isTrustedSender(fakeEvent(), undefined)).toBe(false);
  });
});

describe('registerVerbs', () => {
  it('registers exactly the channels of the verbs given', () => {
    const { ipc } = setUp();
    expect(ipc.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      [
        BRIDGE_CONTRACT.getAppInfo.channel,
        BRIDGE_CONTRACT.openBackup.channel,
        BRIDGE_CONTRACT.saveBrief.channel,
      ].sort(),
    );
  });

  it('accepts a valid request from the app and passes the parsed payload and sender', async () => {
    const { impl, invoke } = setUp();
    await expect(invoke('saveBrief', fakeEvent(), validBrief)).resolves.toEqual({
      status: 'saved',
      location: '/picked/brief.md',
    });
    expect(impl.saveBrief).toHaveBeenCalledWith(validBrief, { sender: ourContents });
    await expect(invoke('getAppInfo', fakeEvent())).resolves.toMatchObject({ mode: 'electron' });
  });

  it.each(FOREIGN_SENDERS)('rejects %s with a typed failure, without running the handler', async (_name, event) => {
    const { impl, invoke } = setUp();
    await expect(invoke('saveBrief', event, validBrief)).resolves.toMatchObject({ status: 'failed' });
    await expect(invoke('openBackup', event)).resolves.toMatchObject({ status: 'failed' });
    await expect(invoke('getAppInfo', event)).rejects.toBeInstanceOf(IpcRejectedError);
    expect(impl.saveBrief).not.toHaveBeenCalled();
    expect(impl.openBackup).not.toHaveBeenCalled();
    expect(impl.getAppInfo).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', []],
    ['a string', ['brief.md']],
    ['a path as the name', [{ suggestedName: '../../.bashrc', text: 'x' }]],
    ['an absolute path', [{ suggestedName: '/etc/passwd', text: 'x' }]],
    ['a wrong type', [{ suggestedName: 'brief.md', text: 42 }]],
    ['two arguments', [validBrief, validBrief]],
  ])('rejects a malformed payload (%s) with a typed failure naming the problem', async (_name, args) => {
    const { impl, invoke } = setUp();
    const response = await invoke('saveBrief', fakeEvent(), ...args);
    expect(response).toMatchObject({ status: 'failed', message: expect.stringMatching(/not valid/) });
    expect(impl.saveBrief).not.toHaveBeenCalled();
  });

  it('rejects a payload sent to a verb that takes none', async () => {
    const { impl, invoke } = setUp();
    await expect(invoke('openBackup', fakeEvent(), { path: '/etc/passwd' })).resolves.toMatchObject({
      status: 'failed',
    });
    await expect(invoke('getAppInfo', fakeEvent(), 'x')).rejects.toBeInstanceOf(IpcRejectedError);
    expect(impl.openBackup).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into a typed failure instead of crashing main', async () => {
    const { impl, invoke } = setUp();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    impl.saveBrief.mockRejectedValueOnce(new Error('boom'));
    await expect(invoke('saveBrief', fakeEvent(), validBrief)).resolves.toMatchObject({ status: 'failed' });
  });
});
