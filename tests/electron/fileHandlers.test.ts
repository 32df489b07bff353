import type { WebContents } from 'electron';
import { chmod, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../shared/limits';
import type { FileDialogs } from '../../electron/ipc/fileDialogs';
import { createFileHandlers } from '../../electron/ipc/fileHandlers';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'forkcast-files-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const printToPDF = vi.fn(async () => new Uint8Array([37, 80, 68, 70]));
// Handlers only call printToPDF on the sender; the rest of WebContents is irrelevant here.
const context = { sender: { printToPDF } as unknown as WebContents };

function dialogsChoosing(choice: string | null): FileDialogs & { [K in keyof FileDialogs]: ReturnType<typeof vi.fn> } {
  return {
    chooseSaveFile: vi.fn(async () => choice),
    chooseOpenFile: vi.fn(async () => choice),
    chooseFolder: vi.fn(async () => choice),
  };
}

describe('saveBackup and saveBrief', () => {
  it('write the text atomically where the user chose', async () => {
    const target = path.join(folder, 'backup.json');
    const dialogs = dialogsChoosing(target);
    const handlers = createFileHandlers(dialogs);
    await expect(handlers.saveBackup({ suggestedName: 'forkcast.json', text: '{"a":1}' }, context)).resolves.toEqual({
      status: 'saved',
      location: target,
    });
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    expect(await readdir(folder)).toEqual(['backup.json']);
    expect(dialogs.chooseSaveFile).toHaveBeenCalledWith(
      context.sender,
      expect.objectContaining({
        defaultName: 'forkcast.json',
        filters: expect.arrayContaining([{ name: 'Forkcast backup', extensions: ['json'] }]),
      }),
    );
  });

  it('answer cancelled when the dialog is closed, writing nothing', async () => {
    const handlers = createFileHandlers(dialogsChoosing(null));
    await expect(handlers.saveBrief({ suggestedName: 'brief.md', text: 'x' }, context)).resolves.toEqual({
      status: 'cancelled',
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('report a write failure in words and leave no partial file', async () => {
    const target = path.join(folder, 'missing-folder', 'brief.md');
    const handlers = createFileHandlers(dialogsChoosing(target));
    const response = await handlers.saveBrief({ suggestedName: 'brief.md', text: 'x' }, context);
    expect(response).toEqual({ status: 'failed', message: expect.stringContaining('no longer exists') });
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('printBriefToPdf', () => {
  it('prints the sender on the paper asked for, with backgrounds, and saves the PDF', async () => {
    const target = path.join(folder, 'brief.pdf');
    const dialogs = dialogsChoosing(target);
    const handlers = createFileHandlers(dialogs);
    expect(await handlers.printBriefToPdf({ suggestedName: 'brief', paper: 'Letter' }, context)).toEqual({
      status: 'saved',
      location: target,
    });
    expect(printToPDF).toHaveBeenLastCalledWith({ pageSize: 'Letter', printBackground: true });
    const response = await handlers.printBriefToPdf({ suggestedName: 'brief', paper: 'A4' }, context);
    expect(response).toEqual({ status: 'saved', location: target });
    expect(printToPDF).toHaveBeenLastCalledWith({ pageSize: 'A4', printBackground: true });
    expect(await readFile(target, 'latin1')).toBe('%PDF');
    expect(dialogs.chooseSaveFile).toHaveBeenCalledWith(
      context.sender,
      expect.objectContaining({ defaultName: 'brief.pdf' }),
    );
  });
});

describe('openBackup', () => {
  const open = (file: string | null) => createFileHandlers(dialogsChoosing(file)).openBackup(undefined, context);

  it('reads a UTF-8 text file', async () => {
    const file = path.join(folder, 'backup.json');
    await writeFile(file, '\uFEFF{"journal":"día — 日記"}');
    await expect(open(file)).resolves.toEqual({
      status: 'loaded',
      file: { name: 'backup.json', text: '{"journal":"día — 日記"}' },
    });
  });

  it('answers cancelled when the dialog is closed', async () => {
    await expect(open(null)).resolves.toEqual({ status: 'cancelled' });
  });

  it('reads a backup larger than the markdown file limit: 12 MB, about 10,000 days', async () => {
    const file = path.join(folder, 'backup.json');
    const text = `{"journal":"${'a'.repeat(12 * 1024 * 1024)}"}`;
    await writeFile(file, text);
    expect(text.length).toBeGreaterThan(LIMITS.fileBytes);
    const response = await open(file);
    expect(response.status === 'loaded' && response.file.text === text).toBe(true);
  });

  it('refuses a file over the backup limit before reading it', async () => {
    const file = path.join(folder, 'huge.json');
    // A sparse file: its size is past the limit, but it takes no disk space.
    await writeFile(file, '');
    await truncate(file, LIMITS.backupBytes + 1);
    await expect(open(file)).resolves.toEqual({
      status: 'failed',
      message: expect.stringMatching(/huge\.json: .*more than the 256 MB Forkcast reads/),
    });
  });

  it('refuses binary content: NUL bytes or invalid UTF-8', async () => {
    const nul = path.join(folder, 'image.png');
    await writeFile(nul, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await expect(open(nul)).resolves.toMatchObject({ status: 'failed', message: expect.stringMatching(/not text/) });
    const latin1 = path.join(folder, 'old.json');
    await writeFile(latin1, Buffer.from([0x7b, 0xe9, 0x7d]));
    await expect(open(latin1)).resolves.toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/not UTF-8/),
    });
  });

  it('explains a folder or an unreadable file', async () => {
    await expect(open(folder)).resolves.toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/not a file|folder/),
    });
    const locked = path.join(folder, 'locked.json');
    await writeFile(locked, '{}');
    await chmod(locked, 0o000);
    const response = await open(locked);
    // Root can read anything; everyone else must get the permission message.
    if (process.getuid?.() !== 0)
      expect(response).toMatchObject({ status: 'failed', message: expect.stringMatching(/not allowed/) });
  });
});
