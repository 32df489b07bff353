import type * as Fs from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeFsError, isTempNameFor, tempPathFor, writeFileAtomic } from '../../electron/atomicWrite';

/** At most this many bytes per write call, as a write to a pipe or a network disk may take: POSIX allows a short write. */
const writes = vi.hoisted(() => ({ cap: Number.POSITIVE_INFINITY }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof Fs>();
  type Written = (error: NodeJS.ErrnoException | null, written: number) => void;
  return {
    ...actual,
    write: (fd: number, bytes: Uint8Array, offset: number, length: number, position: number, callback: Written) =>
      actual.write(fd, bytes, offset, Math.min(length, writes.cap), position, callback),
  };
});

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'forkcast-atomic-'));
  writes.cap = Number.POSITIVE_INFINITY;
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file and leaves nothing else behind', async () => {
    const target = path.join(folder, 'brief.md');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['brief.md']);
  });

  it('leaves no temporary file and the old content when the final rename fails', async () => {
    // A non-empty folder where the file should go: the temp file is written, then the rename fails.
    const target = path.join(folder, 'export.md');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'kept');
    await expect(writeFileAtomic(target, 'new content')).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['export.md']);
    expect(await readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it.each([
    ['ASCII', `${'n'.repeat(251)}.pdf`],
    ['two-byte letters', `${'é'.repeat(125)}.pdf`],
    ['emoji', `${'🙂'.repeat(62)}.pdf`],
  ])('writes a name of nearly 255 bytes (%s): the temporary name is cut to fit', async (_, name) => {
    expect(Buffer.byteLength(name)).toBeGreaterThan(250);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    await writeFileAtomic(path.join(folder, name), 'brief');
    expect(await readdir(folder)).toEqual([name]);
    expect(isTempNameFor(path.basename(tempPathFor(path.join(folder, name))), name)).toBe(true);
  });

  it('gives every temporary name its own random part, past the batch the randomness is drawn in', () => {
    const target = path.join(folder, '2026-11-20.md');
    const names = Array.from({ length: 1_500 }, () => path.basename(tempPathFor(target)));
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => isTempNameFor(name, '2026-11-20.md'))).toBe(true);
  });

  it('writes every byte when the disk takes them a few at a time, flushed or not, readable only by the user', async () => {
    writes.cap = 1_000;
    const text = `${'Ünïcödé line 🙂\n'.repeat(700)}end`;
    for (const flush of [true, false]) {
      const target = path.join(folder, `day-${String(flush)}.md`);
      await writeFileAtomic(target, text, { flush });
      expect(await readFile(target, 'utf8')).toBe(text);
      if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600);
    }
    expect((await readdir(folder)).sort()).toEqual(['day-false.md', 'day-true.md']);
  });

  it('fails a write that makes no progress instead of retrying forever, keeping the old file', async () => {
    const target = path.join(folder, 'brief.md');
    await writeFile(target, 'old');
    writes.cap = 0;
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'EIO' });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['brief.md']);
  });

  it('creates nothing when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(folder, 'missing', 'a.md'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('describeFsError', () => {
  it.each([
    ['ENOSPC', /disk is full/],
    ['EACCES', /not allowed/],
    ['EROFS', /read-only/],
    ['ENOENT', /no longer exists/],
  ])('explains %s', (code, message) => {
    expect(describeFsError(Object.assign(new Error(code), { code }))).toMatch(message);
  });
});
