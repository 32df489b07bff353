import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createConflictHandlers } from '../../electron/ipc/conflictHandlers';
import { createConflictSessions } from '../../electron/ipc/conflictSessions';
import type { MarkdownFolderIo } from '../../electron/ipc/markdownHandlers';
import type { ConflictingFile } from '../../electron/markdown/folderFiles';
import { FakeWebContents } from './fakes/fakeElectron';

const windowContents = () => new FakeWebContents() as FakeWebContents & WebContents;

const conflict = (date: string, sha = 'a'): ConflictingFile => ({
  path: `2026/${date}.md`,
  date,
  reason: 'edited',
  sha256: sha.repeat(64),
  mine: `Forkcast's ${date}`,
});
const first = conflict('2026-11-19');
const second = conflict('2026-11-20');

function setUp() {
  const io = {
    readConflictFiles: vi.fn<MarkdownFolderIo['readConflictFiles']>(async (_root, files) => ({
      files: files.map((file) => ({ name: file.path, text: 'their text' })),
      refused: [],
      read: files.map((file) => ({ ...file, sha256: 'b'.repeat(64) })),
    })),
    overwriteConflicts: vi.fn<MarkdownFolderIo['overwriteConflicts']>(async (_root, files) => ({
      done: files.length,
      open: [],
      problem: null,
    })),
    recordConflictsTaken: vi.fn<MarkdownFolderIo['recordConflictsTaken']>(async (_root, files) => ({
      done: files.length,
      open: [],
      problem: null,
    })),
  };
  const sessions = createConflictSessions();
  const sender = windowContents();
  const session = sessions.start(sender, '/real/Journal', '/home/me/Journal', [first, second]);
  if (!session) throw new Error('expected a session');
  return { io, sender, session, handlers: createConflictHandlers(io, sessions) };
}

describe('the conflict verbs', () => {
  it('overwrite the named files with the text main kept, and answer with those still open', async () => {
    const { io, sender, session, handlers } = setUp();
    const response = await handlers.overwriteConflicts({ session, paths: [first.path] }, { sender });
    expect(io.overwriteConflicts).toHaveBeenCalledWith('/real/Journal', [first]);
    expect(response).toEqual({
      status: 'done',
      done: 1,
      conflicts: [{ path: second.path, date: second.date, reason: 'edited', sha256: second.sha256 }],
      problem: null,
    });
  });

  it('record their change against the file as it was read for the preview', async () => {
    const { io, sender, session, handlers } = setUp();
    await expect(handlers.readConflictFiles({ session, paths: [second.path] }, { sender })).resolves.toEqual({
      status: 'loaded',
      source: '/home/me/Journal',
      files: [{ name: second.path, text: 'their text' }],
      refused: [],
    });
    await handlers.recordConflictsTaken({ session, paths: [second.path] }, { sender });
    expect(io.recordConflictsTaken).toHaveBeenCalledWith('/real/Journal', [{ ...second, sha256: 'b'.repeat(64) }]);
  });

  it('keep a file that changed again open, with its new hash', async () => {
    const { io, sender, session, handlers } = setUp();
    const again = { ...first, sha256: 'c'.repeat(64) };
    io.overwriteConflicts.mockResolvedValueOnce({ done: 0, open: [again], problem: 'changed again' });
    const response = await handlers.overwriteConflicts({ session, paths: [first.path] }, { sender });
    expect(response).toMatchObject({ status: 'done', done: 0, problem: 'changed again' });
    await handlers.overwriteConflicts({ session, paths: [first.path] }, { sender });
    expect(io.overwriteConflicts).toHaveBeenLastCalledWith('/real/Journal', [again]);
  });

  it.each([
    ['another window', (session: string) => ({ session, paths: [first.path] }), windowContents()],
    ['an unknown session', () => ({ session: '00000000-0000-4000-8000-000000000000', paths: [first.path] }), null],
    [
      'a path that is not one of its conflicts',
      (session: string) => ({ session, paths: ['2026/2026-01-01.md'] }),
      null,
    ],
  ])('refuse a request naming %s, touching nothing', async (_, makeRequest, otherSender) => {
    const { io, sender, session, handlers } = setUp();
    const response = await handlers.overwriteConflicts(makeRequest(session), { sender: otherSender ?? sender });
    expect(response).toEqual({ status: 'failed', message: expect.stringMatching(/Export again/) });
    expect(io.overwriteConflicts).not.toHaveBeenCalled();
  });

  it('answer a failure in words when the folder cannot be written', async () => {
    const { io, sender, session, handlers } = setUp();
    io.overwriteConflicts.mockRejectedValueOnce(Object.assign(new Error('denied'), { code: 'EACCES' }));
    await expect(handlers.overwriteConflicts({ session, paths: [first.path] }, { sender })).resolves.toEqual({
      status: 'failed',
      message: 'Forkcast is not allowed to write there. Pick another folder. Nothing was changed.',
    });
  });
});
