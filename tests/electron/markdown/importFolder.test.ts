import type * as Fs from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportTooLargeError, readMarkdownFolder } from '../../../electron/markdown/importFolder';

/** Counts the files opened, to prove that a refused import reads no further. */
const opened = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof Fs>();
  return {
    ...actual,
    open: (...args: Parameters<typeof actual.open>) => {
      opened.count += 1;
      return actual.open(...args);
    },
  };
});

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'forkcast-import-'));
  opened.count = 0;
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('readMarkdownFolder', () => {
  it('reads markdown files in nested folders, skipping hidden and other files', async () => {
    await mkdir(join(folder, '2026'));
    await mkdir(join(folder, '.obsidian'));
    await mkdir(join(folder, '.forkcast'));
    await writeFile(join(folder, '2026', '2026-11-20.md'), '---\ndate: 2026-11-20\n---\n');
    await writeFile(join(folder, '.obsidian', 'workspace.md'), 'hidden');
    await writeFile(join(folder, '.forkcast', 'notes.md'), 'hidden');
    await writeFile(join(folder, 'photo.png'), new Uint8Array([0, 1, 2]));
    const { files, refused } = await readMarkdownFolder(folder);
    expect(files.map((file) => file.name)).toEqual(['2026/2026-11-20.md']);
    expect(refused).toEqual([]);
  });

  it('refuses files over 10 MB, binary files and non-UTF-8 text, with reasons', async () => {
    await writeFile(join(folder, '2026-01-01.md'), '');
    await truncate(join(folder, '2026-01-01.md'), 10 * 1024 * 1024 + 1);
    await writeFile(join(folder, '2026-01-02.md'), new Uint8Array([0x2d, 0x00, 0x2d]));
    await writeFile(join(folder, '2026-01-03.md'), new Uint8Array([0x2d, 0xff, 0xfe]));
    const { files, refused } = await readMarkdownFolder(folder);
    expect(files).toEqual([]);
    expect(refused).toEqual([
      { name: '2026-01-01.md', reason: 'is larger than 10 MB' },
      { name: '2026-01-02.md', reason: 'is a binary file, not text' },
      { name: '2026-01-03.md', reason: 'is not UTF-8 text' },
    ]);
  });

  it('does not follow links out of the folder', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'forkcast-outside-'));
    try {
      await writeFile(join(outside, '2026-11-20.md'), '---\ndate: 2026-11-20\n---\nsecret\n');
      await symlink(join(outside, '2026-11-20.md'), join(folder, '2026-11-20.md'));
      await symlink(outside, join(folder, 'elsewhere'));
      const { files, refused } = await readMarkdownFolder(folder);
      expect(files).toEqual([]);
      expect(refused.map((item) => item.name).sort()).toEqual(['2026-11-20.md', 'elsewhere']);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('how much one import may read', () => {
  /** Ten 2 KB day files. */
  const tenDays = async () => {
    for (let day = 1; day <= 10; day += 1) {
      await writeFile(join(folder, `2026-01-${String(day).padStart(2, '0')}.md`), `---\n---\n${'x'.repeat(2048)}\n`);
    }
  };

  it('refuses more files than the cap before reading any', async () => {
    await tenDays();
    await expect(readMarkdownFolder(folder, { files: 9, bytes: 1024 * 1024 })).rejects.toThrow(
      new ImportTooLargeError('That folder holds more than 9 markdown files. Pick the folder of one journal.'),
    );
    expect(opened.count).toBe(0);
  });

  it('refuses more bytes than the cap, checking each size before the bytes are read', async () => {
    await tenDays();
    await expect(readMarkdownFolder(folder, { files: 100, bytes: 4 * 2060 })).rejects.toBeInstanceOf(
      ImportTooLargeError,
    );
    // Eight files at a time are opened; none past the cap is read, and no new one is opened after it.
    expect(opened.count).toBeLessThanOrEqual(8);
  });

  it('reads a folder within both caps whole', async () => {
    await tenDays();
    const { files } = await readMarkdownFolder(folder, { files: 10, bytes: 10 * 2060 });
    expect(files).toHaveLength(10);
    // Each file is opened once (and the count above is a real one).
    expect(opened.count).toBe(10);
  });
});
