import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { BRIDGE_CONTRACT, BRIDGE_EVENTS, type ExportMarkdownRequest } from '../../shared/bridge';
import { createAppHandlers } from '../../electron/ipc/appHandlers';
import type { FileDialogs } from '../../electron/ipc/fileDialogs';
import {
  createMarkdownHandlers,
  PROGRESS_INTERVAL_MS,
  type MarkdownFolderIo,
} from '../../electron/ipc/markdownHandlers';
import { IpcRejectedError, registerVerbs } from '../../electron/ipc/registerVerbs';
import { isTrustedSender } from '../../electron/ipc/senderGuard';
import { createConflictSessions } from '../../electron/ipc/conflictSessions';
import { ExportCancelledError, ExportStoppedError, type ExportOutcome } from '../../electron/markdown/exportFolder';
import { ImportTooLargeError } from '../../electron/markdown/importFolder';
import { FakeWebContents } from './fakes/fakeElectron';

/** A window's web contents as the handlers see it: they send progress to it and pass it to dialogs. */
const windowContents = () => new FakeWebContents() as FakeWebContents & WebContents;
const context = { sender: windowContents() };
const request: ExportMarkdownRequest = { entries: [], customActivities: [], range: null };

type ExportOptions = Parameters<MarkdownFolderIo['writeMarkdownExport']>[2];

/** An export that runs until its signal aborts, then fails as writeMarkdownExport does. */
function untilAborted(_folder: string, _request: ExportMarkdownRequest, options?: ExportOptions) {
  return new Promise<never>((_resolve, reject) => {
    options?.signal?.addEventListener('abort', () => reject(new ExportCancelledError(3)));
  });
}

/** Makes the next export run until aborted; the promise says when it has started writing. */
function nextExportRunsUntilAborted(writeMarkdownExport: Mock<MarkdownFolderIo['writeMarkdownExport']>): Promise<void> {
  return new Promise((started) => {
    writeMarkdownExport.mockImplementationOnce((...args) => {
      started();
      return untilAborted(...args);
    });
  });
}

afterEach(() => {
  vi.useRealTimers();
});

const outcome = (overrides: Partial<ExportOutcome> = {}): ExportOutcome => ({
  root: '/real/Journal',
  written: 3,
  unchanged: 2,
  removed: 0,
  conflicts: [],
  warnings: [],
  settled: new Map(),
  ...overrides,
});

function setUp(folder: string | null) {
  const dialogs: FileDialogs = {
    chooseSaveFile: vi.fn(),
    chooseOpenFile: vi.fn(),
    chooseFolder: vi.fn(async () => folder),
  };
  const io = {
    writeMarkdownExport: vi.fn<MarkdownFolderIo['writeMarkdownExport']>(async () => outcome()),
    readMarkdownFolder: vi.fn<MarkdownFolderIo['readMarkdownFolder']>(async () => ({
      files: [{ name: '2024/2024-05-01.md', text: '---\ndate: 2024-05-01\n---\n' }],
      refused: [{ name: 'photo.jpg', reason: 'not text' }],
    })),
  };
  const sessions = createConflictSessions();
  return { dialogs, io, sessions, handlers: createMarkdownHandlers(dialogs, io, sessions) };
}

describe('exportMarkdown', () => {
  it('writes into the folder picked in the dialog and reports counts', async () => {
    const { io, handlers } = setUp('/home/me/Journal');
    await expect(handlers.exportMarkdown(request, context)).resolves.toEqual({
      status: 'saved',
      location: '/home/me/Journal',
      written: 3,
      unchanged: 2,
      conflicts: [],
      session: null,
      warnings: [],
    });
    expect(io.writeMarkdownExport).toHaveBeenCalledWith('/home/me/Journal', request, {
      signal: expect.any(AbortSignal),
      onProgress: expect.any(Function),
    });
  });

  it('does nothing when the dialog is closed', async () => {
    const { io, handlers } = setUp(null);
    await expect(handlers.exportMarkdown(request, context)).resolves.toEqual({ status: 'cancelled' });
    expect(io.writeMarkdownExport).not.toHaveBeenCalled();
  });

  it('reports files left alone without Forkcast’s text, and keeps them under a session', async () => {
    const { io, sessions, handlers } = setUp('/home/me/Journal');
    const conflict = {
      path: '2026/2026-11-20.md',
      date: '2026-11-20',
      reason: 'unknown' as const,
      sha256: 'a'.repeat(64),
      mine: 'the text Forkcast would write',
    };
    io.writeMarkdownExport.mockResolvedValueOnce(
      outcome({ conflicts: [conflict], warnings: ['The record was damaged.'] }),
    );
    const response = await handlers.exportMarkdown(request, context);
    if (response.status !== 'saved' || !response.session) throw new Error('expected a saved export with a session');
    expect(response.conflicts).toEqual([
      { path: conflict.path, date: conflict.date, reason: 'unknown', sha256: conflict.sha256 },
    ]);
    expect(response.warnings).toEqual(['The record was damaged.']);
    expect(sessions.get(context.sender, response.session)).toMatchObject({
      root: '/real/Journal',
      location: '/home/me/Journal',
    });
    expect(sessions.get(windowContents(), response.session)).toBeNull();
  });

  it('says which files were written and which not when writing stopped part-way', async () => {
    const { io, handlers } = setUp('/full');
    io.writeMarkdownExport.mockRejectedValueOnce(
      new ExportStoppedError(
        Object.assign(new Error('no space'), { code: 'ENOSPC' }),
        ['2026/2026-11-19.md'],
        ['2026/2026-11-20.md', 'index.md'],
      ),
    );
    await expect(handlers.exportMarkdown(request, context)).resolves.toEqual({
      status: 'partial',
      location: '/full',
      message: 'The disk is full. Free some space and try again.',
      written: 1,
      notWritten: ['2026/2026-11-20.md', 'index.md'],
    });
  });

  it('explains a disk error', async () => {
    const { io, handlers } = setUp('/full');
    io.writeMarkdownExport.mockRejectedValueOnce(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    await expect(handlers.exportMarkdown(request, context)).resolves.toEqual({
      status: 'failed',
      message: expect.stringContaining('disk is full'),
    });
  });
});

it('explains a refused permission', async () => {
  const { io, handlers } = setUp('/locked');
  io.writeMarkdownExport.mockRejectedValueOnce(Object.assign(new Error('denied'), { code: 'EACCES' }));
  await expect(handlers.exportMarkdown(request, context)).resolves.toEqual({
    status: 'failed',
    message: expect.stringContaining('not allowed to write there'),
  });
});

describe('export progress', () => {
  it('goes to the exporting window only, at most every interval, and always the last step', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { io, handlers } = setUp('/home/me/Journal');
    const other = windowContents();
    io.writeMarkdownExport.mockImplementationOnce(async (_folder, _request, options) => {
      // Eleven steps, 30 ms apart.
      for (let done = 0; done <= 10; done += 1) {
        vi.setSystemTime(done * 30);
        options?.onProgress?.(done, 10);
      }
      return outcome({ written: 10, unchanged: 0 });
    });
    await handlers.exportMarkdown(request, context);
    expect(PROGRESS_INTERVAL_MS).toBe(100);
    expect(context.sender.send.mock.calls).toEqual(
      [0, 4, 8, 10].map((done) => [BRIDGE_EVENTS.exportProgress.channel, { done, total: 10 }]),
    );
    expect(other.send).not.toHaveBeenCalled();
  });

  it('is not sent to a window that has closed', async () => {
    const { io, handlers } = setUp('/home/me/Journal');
    const closed = windowContents();
    closed.destroyed = true;
    io.writeMarkdownExport.mockImplementationOnce(async (_folder, _request, options) => {
      options?.onProgress?.(1, 1);
      return outcome({ written: 1, unchanged: 0 });
    });
    await expect(handlers.exportMarkdown(request, { sender: closed })).resolves.toMatchObject({ status: 'saved' });
    expect(closed.send).not.toHaveBeenCalled();
  });
});

describe('cancelExport', () => {
  it('aborts the export in flight, which answers cancelled', async () => {
    const { io, handlers } = setUp('/home/me/Journal');
    const started = nextExportRunsUntilAborted(io.writeMarkdownExport);
    const exporting = handlers.exportMarkdown(request, context);
    await started;
    await expect(handlers.cancelExport(undefined, context)).resolves.toEqual({ cancelled: true });
    await expect(exporting).resolves.toEqual({ status: 'cancelled' });
    // It is over: nothing is left to cancel, and a new export may start.
    await expect(handlers.cancelExport(undefined, context)).resolves.toEqual({ cancelled: false });
    await expect(handlers.exportMarkdown(request, context)).resolves.toMatchObject({ status: 'saved' });
  });

  it('answers that nothing was cancelled when no export is running', async () => {
    const { handlers } = setUp('/home/me/Journal');
    await expect(handlers.cancelExport(undefined, context)).resolves.toEqual({ cancelled: false });
  });

  it('stops only the asking window’s export', async () => {
    const { io, handlers } = setUp('/home/me/Journal');
    const signals: AbortSignal[] = [];
    io.writeMarkdownExport.mockImplementationOnce(async (_folder, _request, options) => {
      if (options?.signal) signals.push(options.signal);
      return outcome({ written: 1, unchanged: 0 });
    });
    const exporting = handlers.exportMarkdown(request, context);
    await expect(handlers.cancelExport(undefined, { sender: windowContents() })).resolves.toEqual({
      cancelled: false,
    });
    await expect(exporting).resolves.toMatchObject({ status: 'saved' });
    expect(signals[0]?.aborted).toBe(false);
  });

  it('stops an export whose folder dialog is still open, before anything is written', async () => {
    const { dialogs, io, handlers } = setUp('/home/me/Journal');
    let choose: (folder: string) => void = () => undefined;
    vi.mocked(dialogs.chooseFolder).mockImplementationOnce(() => new Promise((resolve) => (choose = resolve)));
    const exporting = handlers.exportMarkdown(request, context);
    await expect(handlers.cancelExport(undefined, context)).resolves.toEqual({ cancelled: true });
    choose('/home/me/Journal');
    await expect(exporting).resolves.toEqual({ status: 'cancelled' });
    expect(io.writeMarkdownExport).not.toHaveBeenCalled();
  });

  it('allows one export at a time per window', async () => {
    const { io, handlers } = setUp('/home/me/Journal');
    io.writeMarkdownExport.mockImplementationOnce(untilAborted);
    const first = handlers.exportMarkdown(request, context);
    await expect(handlers.exportMarkdown(request, context)).resolves.toEqual({
      status: 'failed',
      message: expect.stringContaining('already running'),
    });
    await handlers.cancelExport(undefined, context);
    await expect(first).resolves.toEqual({ status: 'cancelled' });
    expect(io.writeMarkdownExport).toHaveBeenCalledTimes(1);
  });

  it('is refused from a foreign frame, and the export goes on', async () => {
    const { io, handlers } = setUp('/home/me/Journal');
    const ours = context.sender;
    type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
    const channels = new Map<string, Listener>();
    const ipc = { handle: (channel: string, handler: Listener) => channels.set(channel, handler) };
    registerVerbs(ipc as unknown as Pick<IpcMain, 'handle'>, handlers, (event) => isTrustedSender(event, ours));
    const invoke = (verb: 'exportMarkdown' | 'cancelExport', frameUrl: string, ...args: unknown[]) =>
      // Only `sender` and `senderFrame` are read; the rest of the event is irrelevant here.
      channels.get(BRIDGE_CONTRACT[verb].channel)?.(
        { sender: ours, senderFrame: { url: frameUrl, parent: null } } as unknown as IpcMainInvokeEvent,
        ...args,
      );

    const started = nextExportRunsUntilAborted(io.writeMarkdownExport);
    const exporting = invoke('exportMarkdown', 'app://forkcast/', request);
    await started;
    await expect(invoke('cancelExport', 'https://example.com/')).rejects.toBeInstanceOf(IpcRejectedError);
    expect(io.writeMarkdownExport.mock.calls[0]?.[2]?.signal?.aborted).toBe(false);
    await expect(invoke('cancelExport', 'app://forkcast/')).resolves.toEqual({ cancelled: true });
    await expect(exporting).resolves.toEqual({ status: 'cancelled' });
  });
});

describe('importMarkdown', () => {
  it('returns the files and refusals read from the picked folder', async () => {
    const { io, handlers } = setUp('/home/me/Journal');
    await expect(handlers.importMarkdown(undefined, context)).resolves.toMatchObject({
      status: 'loaded',
      source: '/home/me/Journal',
      files: [{ name: '2024/2024-05-01.md' }],
      refused: [{ name: 'photo.jpg', reason: 'not text' }],
    });
    expect(io.readMarkdownFolder).toHaveBeenCalledWith('/home/me/Journal');
  });

  it('answers cancelled or a readable failure', async () => {
    await expect(setUp(null).handlers.importMarkdown(undefined, context)).resolves.toEqual({ status: 'cancelled' });
    const { io, handlers } = setUp('/gone');
    io.readMarkdownFolder.mockRejectedValueOnce(Object.assign(new Error('gone'), { code: 'ENOENT' }));
    await expect(handlers.importMarkdown(undefined, context)).resolves.toEqual({
      status: 'failed',
      message: expect.stringContaining('no longer exists'),
    });
  });

  it('says when a folder holds more than one import may read', async () => {
    const { io, handlers } = setUp('/home/me');
    io.readMarkdownFolder.mockRejectedValueOnce(
      new ImportTooLargeError('That folder holds more than 9 markdown files.'),
    );
    await expect(handlers.importMarkdown(undefined, context)).resolves.toEqual({
      status: 'failed',
      message: 'That folder holds more than 9 markdown files. Nothing was imported.',
    });
  });
});

describe('getAppInfo', () => {
  it('reports the Electron mode, version and platform', async () => {
    const { getAppInfo } = createAppHandlers({ version: '1.2.3', platform: 'darwin' });
    await expect(getAppInfo(undefined, context)).resolves.toEqual({
      mode: 'electron',
      version: '1.2.3',
      platform: 'darwin',
    });
  });
});
