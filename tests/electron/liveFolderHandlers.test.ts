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
import { createLiveMirror, type LiveMirrorDeps } from '../../electron/markdown/liveMirror';
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
const mirrors: { stop: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const mirror of mirrors.splice(0)) await mirror.stop();
  await rm(sandbox, { recursive: true, force: true });
});

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

async function setUp(picked: string | null = folder, write: LiveMirrorDeps['write'] = writeLiveFolder) {
  const dialogs: FileDialogs = {
    chooseSaveFile: vi.fn(),
    chooseOpenFile: vi.fn(),
    chooseFolder: vi.fn(async () => picked),
  };
  const settings = join(sandbox, 'live-folder.json');
  const sessions = createConflictSessions();
  // Watching is the mirror's own test's business; here the folder is only written and read.
  const mirror = createLiveMirror({
    store: createLiveFolderStore(settings),
    write,
    watch: () => ({ close: () => undefined }),
    notify: () => undefined,
    saveDelayMs: 0,
  });
  await mirror.start();
  mirrors.push(mirror);
  const handlers = createLiveFolderHandlers(dialogs, mirror, sessions);
  const conflicts = createConflictHandlers({ readConflictFiles, overwriteConflicts, recordConflictsTaken }, sessions);
  return { dialogs, handlers, conflicts, settings, mirror };
}

describe('the live folder verbs', () => {
  it('are off until a folder is chosen, and write nothing then', async () => {
    const { handlers } = await setUp();
    await expect(handlers.getLiveFolder(undefined, context)).resolves.toEqual({ status: 'off' });
    await expect(handlers.writeLiveFolder(write(), context)).resolves.toEqual({ status: 'off' });
  });

  it('keep the folder chosen once, across a restart, and write each save into it', async () => {
    await expect((await setUp()).handlers.chooseLiveFolder(undefined, context)).resolves.toEqual({
      status: 'on',
      folder,
    });
    const { handlers } = await setUp(null);
    await expect(handlers.getLiveFolder(undefined, context)).resolves.toEqual({ status: 'on', folder });
    await expect(handlers.writeLiveFolder(write(), context)).resolves.toMatchObject({ status: 'saved', written: 2 });
    expect(await readFile(join(folder, '2026', '2026-11-20.md'), 'utf8')).toBe(renderDayFile(day));
  });

  it('a closed dialog changes nothing', async () => {
    const { handlers, settings } = await setUp(null);
    await expect(handlers.chooseLiveFolder(undefined, context)).resolves.toEqual({ status: 'cancelled' });
    await expect(readFile(settings)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('turned off, stop writing and leave the folder as it is', async () => {
    const { handlers } = await setUp();
    await handlers.chooseLiveFolder(undefined, context);
    await handlers.writeLiveFolder(write(), context);
    await expect(handlers.stopLiveFolder(undefined, context)).resolves.toEqual({ status: 'off' });
    const later = { ...day, notes: 'After turning it off.', revision: 2 };
    await expect(handlers.writeLiveFolder(write({ entries: [later] }), context)).resolves.toEqual({ status: 'off' });
    expect(await readFile(join(folder, '2026', '2026-11-20.md'), 'utf8')).toBe(renderDayFile(day));
    await expect((await setUp(null)).handlers.getLiveFolder(undefined, context)).resolves.toEqual({ status: 'off' });
  });

  it('offer a day an editor changed as a conflict that “overwrite with mine” resolves', async () => {
    const { handlers, conflicts } = await setUp();
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
    const { handlers } = await setUp(
      folder,
      vi.fn(async () => Promise.reject(stopped)),
    );
    await handlers.chooseLiveFolder(undefined, context);
    await expect(handlers.writeLiveFolder(write(), context)).resolves.toEqual({
      status: 'partial',
      location: folder,
      message: 'The disk is full. Free some space and try again.',
      written: 1,
      notWritten: ['2026/2026-11-20.md'],
    });
  });

  it('read what an editor changed for the preview, and settle it once taken', async () => {
    const { handlers, mirror } = await setUp();
    await expect(handlers.readLiveChanges(undefined, context)).resolves.toMatchObject({ status: 'failed' });
    await handlers.chooseLiveFolder(undefined, context);
    await handlers.writeLiveFolder(write({ full: true }), context);
    await writeFile(join(folder, '2026', '2026-11-20.md'), renderDayFile({ ...day, notes: 'From the editor.' }));
    expect(await mirror.rescan()).toBe(1);
    const read = await handlers.readLiveChanges(undefined, context);
    expect(read).toMatchObject({ status: 'loaded', source: folder, files: [{ name: '2026/2026-11-20.md' }] });
    await expect(handlers.settleLiveChanges({ taken: ['2026/2026-11-20.md'] }, context)).resolves.toEqual({
      status: 'done',
      open: 0,
      left: 0,
    });
    expect(await mirror.rescan()).toBe(0);
  });

  it('say so plainly when the folder is gone', async () => {
    const { handlers } = await setUp();
    await handlers.chooseLiveFolder(undefined, context);
    await rm(folder, { recursive: true });
    await expect(handlers.writeLiveFolder(write(), context)).resolves.toEqual({
      status: 'failed',
      message: 'That folder no longer exists. Pick it again. Nothing was changed.',
    });
  });
});
