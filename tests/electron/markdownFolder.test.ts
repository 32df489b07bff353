import type * as FsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportTargetError, readMarkdownFolder, writeMarkdownExport } from '../../electron/markdownFolder';
import { planImport, resolveImport, type CustomActivity, type Entry } from '../../shared';
import { badDay, goodDay } from '../fixtures/entries';

// Lets a test make rename fail, as a full disk or a revoked permission would.
const failures = vi.hoisted(() => ({ renameCalls: 0, failOnRename: Number.POSITIVE_INFINITY, code: 'ENOSPC' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      failures.renameCalls += 1;
      if (failures.renameCalls >= failures.failOnRename) {
        throw Object.assign(new Error(`simulated ${failures.code}`), { code: failures.code });
      }
      return actual.rename(from, to);
    },
  };
});

const own: CustomActivity = {
  id: 'custom-board-prep',
  label: 'Board prep',
  lean: 'management',
  createdAt: '2026-01-01T00:00:00.000Z',
};
const journal: Entry[] = [
  goodDay('2025-12-31'),
  badDay('2026-11-19', { activities: [{ id: own.id, feel: -1 }] }),
  goodDay('2026-11-20', { prompts: [{ id: 'good-best-hour', answer: 'The design review.' }] }),
];
const request = (entries: Entry[] = journal, range: { from: string; to: string } | null = null) => ({
  entries,
  customActivities: [own],
  range,
});

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'forkcast-export-'));
  failures.renameCalls = 0;
  failures.failOnRename = Number.POSITIVE_INFINITY;
  failures.code = 'ENOSPC';
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Every file under a folder, relative, with '/'. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .replaceAll('\\', '/'),
    )
    .sort();
}

async function importFolder(current: Entry[] = []) {
  const { files, refused } = await readMarkdownFolder(folder);
  const preview = planImport({ files, refused, current, now: new Date() });
  return { preview, write: resolveImport(preview, new Map(), [], new Date()) };
}

describe('writeMarkdownExport', () => {
  it('writes one file per day in its year folder, plus an index', async () => {
    const progress: number[][] = [];
    const result = await writeMarkdownExport(folder, request(), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result).toEqual({ written: 4, unchanged: 0 });
    expect(await listFiles(folder)).toEqual([
      '2025/2025-12-31.md',
      '2026/2026-11-19.md',
      '2026/2026-11-20.md',
      'index.md',
    ]);
    expect(progress.at(-1)).toEqual([4, 4]);
    const index = await readFile(join(folder, 'index.md'), 'utf8');
    expect(index).toContain('[2026-11-19](2026/2026-11-19.md)');
  });

  it('reads back as equal entries, and recreates the custom activity', async () => {
    await writeMarkdownExport(folder, request());
    const { preview, write } = await importFolder();
    expect(preview.problems).toEqual([]);
    expect(write.entries).toEqual(journal);
    expect(write.customActivities).toMatchObject([{ id: own.id, label: 'Board prep', lean: 'management' }]);
  });

  it('rewrites only the days that changed and never touches other files', async () => {
    await writeMarkdownExport(folder, request());
    await writeFile(join(folder, 'my-notes.txt'), 'mine');
    const before = await stat(join(folder, '2025/2025-12-31.md'));

    expect(await writeMarkdownExport(folder, request())).toEqual({ written: 0, unchanged: 4 });

    const edited = journal.map((entry) => (entry.date === '2026-11-20' ? { ...entry, notes: 'Changed.' } : entry));
    expect(await writeMarkdownExport(folder, request(edited))).toEqual({ written: 1, unchanged: 3 });
    expect((await stat(join(folder, '2025/2025-12-31.md'))).mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(join(folder, 'my-notes.txt'), 'utf8')).toBe('mine');
    expect(await readFile(join(folder, '2026/2026-11-20.md'), 'utf8')).toContain('Changed.');
  });

  it('keeps days outside an exported range, and the index still links them', async () => {
    await writeMarkdownExport(folder, request());
    const result = await writeMarkdownExport(
      folder,
      request([goodDay('2026-11-21')], { from: '2026-11-21', to: '2026-11-21' }),
    );
    expect(result.written).toBe(2);
    expect(await listFiles(folder)).toHaveLength(5);
    const index = await readFile(join(folder, 'index.md'), 'utf8');
    for (const date of ['2025-12-31', '2026-11-19', '2026-11-20', '2026-11-21']) expect(index).toContain(`[${date}]`);
  });

  it('stops when cancelled, leaving only whole files and no temporary ones', async () => {
    const many = Array.from({ length: 28 }, (_, day) => goodDay(`2026-02-${String(day + 1).padStart(2, '0')}`));
    const controller = new AbortController();
    const attempt = writeMarkdownExport(folder, request(many), {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 3) controller.abort();
      },
    });
    await expect(attempt).rejects.toMatchObject({ name: 'AbortError' });
    const files = await listFiles(folder);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.length).toBeLessThan(28);
    expect(files.some((file) => file.endsWith('.tmp'))).toBe(false);
    expect(files).not.toContain('index.md');
    const { preview } = await importFolder();
    expect(preview.problems).toEqual([]);
    expect(preview.newDays.length).toBe(files.length);
  });

  it('writes nothing when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(writeMarkdownExport(folder, request(), { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(await listFiles(folder)).toEqual([]);
  });

  it('leaves no temporary file when a write fails, and reports the error', async () => {
    failures.failOnRename = 2;
    await expect(writeMarkdownExport(folder, request())).rejects.toMatchObject({ code: 'ENOSPC' });
    const files = await listFiles(folder);
    expect(files.some((file) => file.includes('.tmp'))).toBe(false);
    expect(files).not.toContain('index.md');
    const { preview } = await importFolder();
    expect(preview.problems).toEqual([]);
  });

  it('leaves no partial file when permission is denied part-way', async () => {
    failures.failOnRename = 2;
    failures.code = 'EACCES';
    await expect(writeMarkdownExport(folder, request())).rejects.toMatchObject({ code: 'EACCES' });
    const files = await listFiles(folder);
    expect(files.some((file) => file.includes('.tmp'))).toBe(false);
    expect(files).not.toContain('index.md');
  });

  it('refuses a year folder that links elsewhere, writing nothing there', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'forkcast-outside-'));
    try {
      await symlink(outside, join(folder, '2026'));
      await expect(writeMarkdownExport(folder, request())).rejects.toBeInstanceOf(ExportTargetError);
      expect(await readdir(outside)).toEqual([]);
      expect(await listFiles(folder)).toEqual([]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('refuses to replace a day file that is a link', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'forkcast-outside-'));
    try {
      await writeFile(join(outside, 'target.md'), 'not yours');
      await mkdir(join(folder, '2026'));
      await symlink(join(outside, 'target.md'), join(folder, '2026', '2026-11-20.md'));
      await expect(writeMarkdownExport(folder, request())).rejects.toBeInstanceOf(ExportTargetError);
      expect(await readFile(join(outside, 'target.md'), 'utf8')).toBe('not yours');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('readMarkdownFolder', () => {
  it('reads markdown files in nested folders, skipping hidden and other files', async () => {
    await mkdir(join(folder, '2026'));
    await mkdir(join(folder, '.obsidian'));
    await writeFile(join(folder, '2026', '2026-11-20.md'), '---\ndate: 2026-11-20\n---\n');
    await writeFile(join(folder, '.obsidian', 'workspace.md'), 'hidden');
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
