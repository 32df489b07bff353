import type { WebContents } from 'electron';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConflictHandlers } from '../../electron/ipc/conflictHandlers';
import { createConflictSessions } from '../../electron/ipc/conflictSessions';
import type { FileDialogs } from '../../electron/ipc/fileDialogs';
import { createLiveFolderHandlers } from '../../electron/ipc/liveFolderHandlers';
import { overwriteConflicts, readConflictFiles, recordConflictsTaken } from '../../electron/markdown/conflictFiles';
import { ExportStoppedError } from '../../electron/markdown/folderWrite';
import { writeLiveFolder } from '../../electron/markdown/liveFolder';
import { createLiveFolderStore } from '../../electron/markdown/liveFolderStore';
import { renderDayFile, type LiveFolderWrite } from '../../shared';
import { goodDay } from '../fixtures/entries';
import { FakeWebContents } from './fakes/fakeElectron';

/**
 * The live folder's verbs over the real writer, a real settings file and a
 * real temp folder; only the dialog is faked (the user's pick).
 */
let sandbox: string;
let folder: string;
beforeEach(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'forkcast-live-handlers-'));
  folder = await mkdtemp(join(sandbox, 'Journal-'));
});
afterEach(() => rm(sandbox, { recursive: true, force: true }));

const context = { sender: new FakeWebContents() as FakeWebContents & WebContents };
const day = goodDay('2026-11-20');
const write = (over: Partial<LiveFolderWrite> = {}): LiveFolderWrite => ({
  entries: [day],
  customActivities: [],
  removed: [],
  index: [{ date: day.date, dayKind: day.dayKind, energy: day.energy }],
  full: false,
  ...over,
});

function setUp(picked: string | null = folder, io = { writeLiveFolder }) {
  const dialogs: FileDialogs = {
    chooseSaveFile: vi.fn(),
    chooseOpenFile: vi.fn(),
    chooseFolder: vi.fn(async () => picked),
  };
  const settings = join(sandbox, 'live-folder.json');
  const sessions = createConflictSessions();
  const handlers = createLiveFolderHandlers(dialogs, createLiveFolderStore(settings), io, sessions);
  const conflicts = createConflictHandlers({ readConflictFiles, overwriteConflicts, recordConflictsTaken }, sessions);
  return { dialogs, handlers, conflicts, settings };
}

describe('the live folder verbs', () => {
  it('are off until a folder is chosen, and write nothing then', async () => {
    const { handlers } = setUp();
    await expect(handlers.getLiveFolder(undefined, context)).resolves.toEqual({ status: 'off' });
    await expect(handlers.writeLiveFolder(write(), context)).resolves.toEqual({ status: 'off' });
  });

  it('keep the folder chosen once, across a restart, and write each save into it', async () => {
    await expect(setUp().handlers.chooseLiveFolder(undefined, context)).resolves.toEqual({ status: 'on', folder });
    const { handlers } = setUp(null);
    await expect(handlers.getLiveFolder(undefined, context)).resolves.toEqual({ status: 'on', folder });
    await expect(handlers.writeLiveFolder(write(), context)).resolves.toMatchObject({ status: 'saved', written: 2 });
    expect(await readFile(join(folder, '2026', '2026-11-20.md'), 'utf8')).toBe(renderDayFile(day));
  });

  it('a closed dialog changes nothing', async () => {
    const { handlers, settings } = setUp(null);
    await expect(handlers.chooseLiveFolder(undefined, context)).resolves.toEqual({ status: 'cancelled' });
    await expect(readFile(settings)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('turned off, stop writing and leave the folder as it is', async () => {
    const { handlers } = setUp();
    await handlers.chooseLiveFolder(undefined, context);
    await handlers.writeLiveFolder(write(), context);
    await expect(handlers.stopLiveFolder(undefined, context)).resolves.toEqual({ status: 'off' });
    const later = { ...day, notes: 'After turning it off.', revision: 2 };
    await expect(handlers.writeLiveFolder(write({ entries: [later] }), context)).resolves.toEqual({ status: 'off' });
    expect(await readFile(join(folder, '2026', '2026-11-20.md'), 'utf8')).toBe(renderDayFile(day));
    await expect(setUp(null).handlers.getLiveFolder(undefined, context)).resolves.toEqual({ status: 'off' });
  });

  it('offer a day an editor changed as a conflict that “overwrite with mine” resolves', async () => {
    const { handlers, conflicts } = setUp();
    await handlers.chooseLiveFolder(undefined, context);
    await handlers.writeLiveFolder(write(), context);
    await writeFile(join(folder, '2026', '2026-11-20.md'), 'Changed in an editor.\n');
    const mine = { ...day, notes: 'Changed in Forkcast.', revision: 2 };
    const answer = await handlers.writeLiveFolder(write({ entries: [mine] }), context);
    if (answer.status !== 'saved' || answer.session === null) throw new Error(JSON.stringify(answer));
    expect(answer.conflicts).toMatchObject([{ path: '2026/2026-11-20.md', reason: 'edited' }]);
    const resolved = await conflicts.overwriteConflicts(
      { session: answer.session, paths: ['2026/2026-11-20.md'] },
      context,
    );
    expect(resolved).toMatchObject({ status: 'done', done: 1, conflicts: [] });
    expect(await readFile(join(folder, '2026', '2026-11-20.md'), 'utf8')).toBe(renderDayFile(mine));
  });

  it('say which files a write that stopped part-way did not write', async () => {
    const stopped = new ExportStoppedError(
      Object.assign(new Error('full'), { code: 'ENOSPC' }),
      ['a'],
      ['2026/2026-11-20.md'],
    );
    const { handlers } = setUp(folder, { writeLiveFolder: vi.fn(async () => Promise.reject(stopped)) });
    await handlers.chooseLiveFolder(undefined, context);
    await expect(handlers.writeLiveFolder(write(), context)).resolves.toEqual({
      status: 'partial',
      location: folder,
      message: 'The disk is full. Free some space and try again.',
      written: 1,
      notWritten: ['2026/2026-11-20.md'],
    });
  });

  it('say so plainly when the folder is gone', async () => {
    const { handlers } = setUp();
    await handlers.chooseLiveFolder(undefined, context);
    await rm(folder, { recursive: true });
    await expect(handlers.writeLiveFolder(write(), context)).resolves.toEqual({
      status: 'failed',
      message: 'That folder no longer exists. Pick it again. Nothing was changed.',
    });
  });
});
