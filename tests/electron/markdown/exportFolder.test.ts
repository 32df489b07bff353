import type * as Fs from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportTargetError } from '../../../electron/markdown/folderGuard';
import { ExportStoppedError, writeMarkdownExport } from '../../../electron/markdown/exportFolder';
import { readMarkdownFolder } from '../../../electron/markdown/importFolder';
import {
  parseDecisionFile,
  parseManifest,
  planImport,
  renderDayFile,
  renderDecisionFile,
  resolveImport,
  type CustomActivity,
  type Entry,
} from '../../../shared';
import { badDay, goodDay } from '../../fixtures/entries';

/**
 * Faults and other writers, injected where the file system is called: a
 * rename or a write that fails part-way (a full disk), and a hook that runs
 * just before a temporary file is written or a folder is created, where
 * another app (or an attacker swapping a folder for a link) could act.
 */
const faults = vi.hoisted(() => ({
  renameCalls: 0,
  failOnRename: Number.POSITIVE_INFINITY,
  writeCalls: 0,
  /** This one write fails; with failFromWrite, every write from then on (the disk stays full). */
  failOnWrite: Number.POSITIVE_INFINITY,
  failFromWrite: Number.POSITIVE_INFINITY,
  code: 'ENOSPC',
  beforeWrite: null as null | ((path: string) => Promise<void>),
  afterMkdir: null as null | ((path: string) => Promise<void>),
}));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    mkdir: async (path: string, options?: object) => {
      const made = await actual.mkdir(path, options);
      await faults.afterMkdir?.(path);
      return made;
    },
  };
});
// electron/atomicWrite.ts makes, fills and renames its temporary files through the callback API.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof Fs>();
  const fail = () => Object.assign(new Error(`simulated ${faults.code}`), { code: faults.code });
  type Opened = (error: NodeJS.ErrnoException | null, fd: number) => void;
  type Written = (error: NodeJS.ErrnoException | null, written: number) => void;
  return {
    ...actual,
    open: (path: string, flags: string, mode: number, callback: Opened) => {
      const before = flags === 'wx' ? faults.beforeWrite?.(path) : undefined;
      void Promise.resolve(before).then(
        () => actual.open(path, flags, mode, callback),
        (error: NodeJS.ErrnoException) => callback(error, -1),
      );
    },
    rename: (from: string, to: string, callback: (error: NodeJS.ErrnoException | null) => void) => {
      faults.renameCalls += 1;
      if (faults.renameCalls >= faults.failOnRename) callback(fail());
      else actual.rename(from, to, callback);
    },
    write: (fd: number, bytes: Uint8Array, offset: number, length: number, position: number, callback: Written) => {
      faults.writeCalls += 1;
      if (faults.writeCalls === faults.failOnWrite || faults.writeCalls >= faults.failFromWrite) {
        // The disk fills up part-way through the bytes, as a real write would fail.
        actual.write(fd, bytes, offset, length >> 1, position, (error) => callback(error ?? fail(), 0));
        return;
      }
      actual.write(fd, bytes, offset, length, position, callback);
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
let outside: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'forkcast-export-'));
  outside = await mkdtemp(join(tmpdir(), 'forkcast-outside-'));
  Object.assign(faults, {
    renameCalls: 0,
    failOnRename: Number.POSITIVE_INFINITY,
    writeCalls: 0,
    failOnWrite: Number.POSITIVE_INFINITY,
    failFromWrite: Number.POSITIVE_INFINITY,
    code: 'ENOSPC',
    beforeWrite: null,
    afterMkdir: null,
  });
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

/** Every file under a folder, relative, with '/', the manifest left out. */
async function listFiles(dir: string, { all = false } = {}): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .replaceAll('\\', '/'),
    )
    .filter((path) => all || !path.startsWith('.forkcast/'))
    .sort();
}

async function importFolder(current: Entry[] = []) {
  const { files, refused } = await readMarkdownFolder(folder);
  const preview = planImport({ files, refused, current, now: new Date() });
  return { preview, write: resolveImport(preview, new Map(), [], new Date()) };
}

async function manifestPaths(): Promise<string[]> {
  const reading = parseManifest(await readFile(join(folder, '.forkcast', 'manifest.json'), 'utf8'));
  if (reading.status !== 'ok') throw new Error(`manifest ${reading.status}`);
  return [...reading.files.keys()].sort();
}

const dayPath = (date: string) => join(folder, date.slice(0, 4), `${date}.md`);

describe('writeMarkdownExport', () => {
  it('writes one file per day in its year folder, plus an index and its record of them', async () => {
    const progress: number[][] = [];
    const result = await writeMarkdownExport(folder, request(), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result).toMatchObject({ written: 4, unchanged: 0, conflicts: [], warnings: [] });
    expect(await listFiles(folder)).toEqual([
      '2025/2025-12-31.md',
      '2026/2026-11-19.md',
      '2026/2026-11-20.md',
      'index.md',
    ]);
    expect(progress.at(-1)).toEqual([4, 4]);
    expect(await readFile(join(folder, 'index.md'), 'utf8')).toContain('[2026-11-19](2026/2026-11-19.md)');
    expect(await manifestPaths()).toEqual(await listFiles(folder));
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
    const before = await stat(dayPath('2025-12-31'));
    const manifestBefore = await stat(join(folder, '.forkcast', 'manifest.json'));

    expect(await writeMarkdownExport(folder, request())).toMatchObject({ written: 0, unchanged: 4, conflicts: [] });
    expect((await stat(join(folder, '.forkcast', 'manifest.json'))).mtimeMs).toBe(manifestBefore.mtimeMs);

    const edited = journal.map((entry) => (entry.date === '2026-11-20' ? { ...entry, notes: 'Changed.' } : entry));
    expect(await writeMarkdownExport(folder, request(edited))).toMatchObject({ written: 1, unchanged: 3 });
    expect((await stat(dayPath('2025-12-31'))).mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(join(folder, 'my-notes.txt'), 'utf8')).toBe('mine');
    expect(await readFile(dayPath('2026-11-20'), 'utf8')).toContain('Changed.');
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

  it('stops when cancelled, leaving only whole files, recorded, and no temporary ones', async () => {
    const many = Array.from({ length: 28 }, (_, day) => goodDay(`2026-02-${String(day + 1).padStart(2, '0')}`));
    const controller = new AbortController();
    const attempt = writeMarkdownExport(folder, request(many), {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 3) controller.abort();
      },
    });
    await expect(attempt).rejects.toMatchObject({ name: 'AbortError' });
    const files = await listFiles(folder, { all: true });
    const days = files.filter((file) => file.startsWith('2026/'));
    expect(days.length).toBeGreaterThanOrEqual(3);
    expect(days.length).toBeLessThan(28);
    expect(files.some((file) => file.endsWith('.tmp'))).toBe(false);
    expect(files).not.toContain('index.md');
    expect(await manifestPaths()).toEqual(days);
    const { preview } = await importFolder();
    expect(preview.problems).toEqual([]);
    expect(preview.newDays.length).toBe(days.length);
  });

  it('writes nothing when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(writeMarkdownExport(folder, request(), { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(await listFiles(folder)).toEqual([]);
  });
});

describe('decision.md', () => {
  const plan = { decisionDate: '2027-01-05', record: null, experiments: [], updatedAt: '2026-11-20T18:00:00.000Z' };

  it('is written beside the index and recorded, replaced when the plan changes, and left alone once edited', async () => {
    await writeMarkdownExport(folder, { ...request(), decision: plan });
    expect(await listFiles(folder)).toContain('decision.md');
    expect(await manifestPaths()).toEqual(await listFiles(folder));
    expect(
      parseDecisionFile({ name: 'decision.md', text: await readFile(join(folder, 'decision.md'), 'utf8') }),
    ).toEqual({ ok: true, plan });

    const moved = { decisionDate: '2027-02-01', record: null, experiments: [], updatedAt: '2026-11-21T08:00:00.000Z' };
    const again = await writeMarkdownExport(folder, { ...request(), decision: moved });
    expect(again).toMatchObject({ written: 1, conflicts: [] });
    expect(await readFile(join(folder, 'decision.md'), 'utf8')).toBe(renderDecisionFile(moved));

    await writeFile(join(folder, 'decision.md'), '# My own decision notes\n');
    const edited = await writeMarkdownExport(folder, { ...request(), decision: plan });
    expect(edited.conflicts.map(({ path, date, reason }) => [path, date, reason])).toEqual([
      ['decision.md', null, 'edited'],
    ]);
    expect(await readFile(join(folder, 'decision.md'), 'utf8')).toBe('# My own decision notes\n');
  });
});

describe('files Forkcast did not write, or that changed since', () => {
  const obsidianNote = '# Friday\n\nMy own daily note, written in Obsidian.\n';

  it('leaves the user’s own note at a day’s path alone and reports it', async () => {
    await mkdir(join(folder, '2026'));
    await writeFile(dayPath('2026-11-20'), obsidianNote);
    const result = await writeMarkdownExport(folder, request());
    expect(await readFile(dayPath('2026-11-20'), 'utf8')).toBe(obsidianNote);
    expect(result).toMatchObject({ written: 3, unchanged: 0 });
    expect(result.conflicts).toEqual([
      expect.objectContaining({ path: '2026/2026-11-20.md', date: '2026-11-20', reason: 'unknown' }),
    ]);
    expect(result.conflicts[0]?.mine).toBe(renderDayFile(journal[2] as Entry, [own]));
    expect(await manifestPaths()).not.toContain('2026/2026-11-20.md');
  });

  it('leaves a day edited in another app since the export alone, every time, until the user decides', async () => {
    await writeMarkdownExport(folder, request());
    const edit = (await readFile(dayPath('2026-11-19'), 'utf8')).replace('Calibration ran long', 'Edited elsewhere');
    await writeFile(dayPath('2026-11-19'), edit);
    const changed = journal.map((entry) => ({
      ...entry,
      notes: `${entry.notes} Later.`,
      revision: entry.revision + 1,
    }));
    for (let run = 0; run < 2; run += 1) {
      const result = await writeMarkdownExport(folder, request(changed));
      expect(result).toMatchObject({ written: run === 0 ? 2 : 0 });
      expect(result.conflicts.map(({ path, reason }) => [path, reason])).toEqual([['2026/2026-11-19.md', 'edited']]);
      expect(await readFile(dayPath('2026-11-19'), 'utf8')).toBe(edit);
    }
  });

  it('writes each weekly review in its year folder under the same record, and leaves one edited elsewhere alone', async () => {
    const review = {
      week: '2026-W47',
      question: 'week-repeat',
      answer: 'The design review.',
      createdAt: '2026-11-20T18:00:00.000Z',
      updatedAt: '2026-11-20T18:00:00.000Z',
      revision: 1,
    };
    await writeMarkdownExport(folder, { ...request(), reviews: [review] });
    expect(await listFiles(folder)).toContain('2026/2026-W47-review.md');
    expect(await manifestPaths()).toContain('2026/2026-W47-review.md');
    const reviewPath = join(folder, '2026', '2026-W47-review.md');
    const edit = (await readFile(reviewPath, 'utf8')).replace('The design review.', 'Edited in Obsidian.');
    await writeFile(reviewPath, edit);
    const later = { ...review, answer: 'Rewritten in Forkcast.', revision: 2 };
    const result = await writeMarkdownExport(folder, { ...request(), reviews: [later] });
    expect(result.conflicts.map(({ path, reason, date }) => [path, reason, date])).toEqual([
      ['2026/2026-W47-review.md', 'edited', null],
    ]);
    expect(await readFile(reviewPath, 'utf8')).toBe(edit);
  });

  it('leaves an index.md of the user’s alone', async () => {
    await writeFile(join(folder, 'index.md'), '# My vault\n\n- [[Projects]]\n');
    const result = await writeMarkdownExport(folder, request());
    expect(result.conflicts.map(({ path, date }) => [path, date])).toEqual([['index.md', null]]);
    expect(await readFile(join(folder, 'index.md'), 'utf8')).toBe('# My vault\n\n- [[Projects]]\n');
  });

  it('notices a file another app saves while the export is writing it, and leaves that version', async () => {
    await writeMarkdownExport(folder, request());
    const changed = journal.map((entry) => ({ ...entry, notes: 'Newer in Forkcast.', revision: 2 }));
    faults.beforeWrite = async (path) => {
      if (!path.includes('.2026-11-20.md.')) return;
      faults.beforeWrite = null;
      await writeFile(dayPath('2026-11-20'), 'Saved in an editor at that very moment.\n');
    };
    const result = await writeMarkdownExport(folder, request(changed));
    expect(result.conflicts.map(({ path }) => path)).toEqual(['2026/2026-11-20.md']);
    expect(await readFile(dayPath('2026-11-20'), 'utf8')).toBe('Saved in an editor at that very moment.\n');
    expect(await readFile(dayPath('2026-11-19'), 'utf8')).toContain('Newer in Forkcast.');
  });

  it('replaces files of an export made before the manifest only when they hold exactly the exported day', async () => {
    // As an older Forkcast left the folder: the best moment in the front matter, and no record.
    const old = (entry: Entry) =>
      renderDayFile(entry).replace('---\n\n', `highlightText: ${JSON.stringify(entry.highlight.text)}\n---\n\n`);
    await mkdir(join(folder, '2026'));
    await mkdir(join(folder, '2025'));
    const [first, second, third] = journal as [Entry, Entry, Entry];
    await writeFile(dayPath(first.date), renderDayFile(first, [own]));
    await writeFile(dayPath(second.date), old(second));
    await writeFile(dayPath(third.date), old({ ...third, notes: 'An older version.', revision: 1 }));
    const result = await writeMarkdownExport(
      folder,
      request(journal.map((e, i) => (i === 2 ? { ...e, revision: 2 } : e))),
    );
    expect(result).toMatchObject({ written: 2, unchanged: 1 });
    expect(result.conflicts.map(({ path, reason }) => [path, reason])).toEqual([['2026/2026-11-20.md', 'unknown']]);
    expect(await readFile(dayPath(second.date), 'utf8')).toBe(renderDayFile(second, [own]));
  });
});

describe('the manifest', () => {
  const manifest = join('.forkcast', 'manifest.json');

  it.each([
    ['not JSON', '{ "format": '],
    ['another program’s JSON', '{ "files": {} }'],
    [
      'a path that is not an export’s',
      '{"format":"forkcast-markdown-folder","version":1,"files":{"../x.md":{"sha256":"' +
        'a'.repeat(64) +
        '","bytes":1}}}',
    ],
  ])('when damaged (%s) is reported, trusted in nothing, and replaced', async (_, text) => {
    await writeMarkdownExport(folder, request());
    await writeFile(dayPath('2026-11-19'), 'Edited by hand.\n');
    await writeFile(join(folder, manifest), text);
    const result = await writeMarkdownExport(folder, request());
    expect(result.warnings).toEqual([expect.stringContaining('.forkcast/manifest.json')]);
    expect(result.conflicts.map(({ path, reason }) => [path, reason])).toEqual([['2026/2026-11-19.md', 'unknown']]);
    expect(await readFile(dayPath('2026-11-19'), 'utf8')).toBe('Edited by hand.\n');
    expect(await manifestPaths()).toEqual(['2025/2025-12-31.md', '2026/2026-11-20.md', 'index.md']);
  });

  it('from a newer Forkcast stops the export before anything is written', async () => {
    await mkdir(join(folder, '.forkcast'));
    await writeFile(join(folder, manifest), '{"format":"forkcast-markdown-folder","version":7,"files":{}}');
    await expect(writeMarkdownExport(folder, request())).rejects.toThrow(/newer version of Forkcast/);
    expect(await listFiles(folder)).toEqual([]);
  });
});

describe('writing only inside the chosen folder', () => {
  it('refuses a year folder that links elsewhere, writing nothing there', async () => {
    await symlink(outside, join(folder, '2026'));
    await expect(writeMarkdownExport(folder, request())).rejects.toBeInstanceOf(ExportTargetError);
    expect(await readdir(outside)).toEqual([]);
    expect(await listFiles(folder)).toEqual([]);
  });

  it('refuses to replace a day file that is a link', async () => {
    await writeFile(join(outside, 'target.md'), 'not yours');
    await mkdir(join(folder, '2026'));
    await symlink(join(outside, 'target.md'), dayPath('2026-11-20'));
    await expect(writeMarkdownExport(folder, request())).rejects.toBeInstanceOf(ExportTargetError);
    expect(await readFile(join(outside, 'target.md'), 'utf8')).toBe('not yours');
  });

  /** Moves the real year folder aside and puts a link to `outside` in its place. */
  const swapForLink = async (year: string) => {
    await rename(join(folder, year), join(folder, `${year}-moved`));
    await symlink(outside, join(folder, year));
  };

  it('checks a year folder right after creating it, so one swapped for a link at once is refused', async () => {
    faults.afterMkdir = async (path) => {
      if (!path.endsWith('2026')) return;
      faults.afterMkdir = null;
      await swapForLink('2026');
    };
    await expect(writeMarkdownExport(folder, request())).rejects.toBeInstanceOf(ExportTargetError);
    expect(await readdir(outside)).toEqual([]);
  });

  it('checks the folder again before each file goes in, so a swap between listing and writing is caught', async () => {
    await writeMarkdownExport(folder, request());
    faults.beforeWrite = async (path) => {
      if (!path.includes(`${join(folder, '2026')}`) || path.includes('moved')) return;
      faults.beforeWrite = null;
      await swapForLink('2026');
    };
    // One day changes, so one file is written into the folder swapped under it.
    const changed = journal.map((entry) =>
      entry.date === '2026-11-20' ? { ...entry, notes: 'Written again.', revision: 2 } : entry,
    );
    await expect(writeMarkdownExport(folder, request(changed))).rejects.toThrow(/replaced while Forkcast was writing/);
    expect(await readdir(outside)).toEqual([]);
    expect(await readFile(join(folder, '2026-moved', '2026-11-20.md'), 'utf8')).not.toContain('Written again.');
  });
});

describe('a failure part-way', () => {
  const many = Array.from({ length: 40 }, (_, day) =>
    goodDay(`2026-03-${String((day % 31) + 1).padStart(2, '0')}`),
  ).filter((entry, index, all) => all.findIndex((other) => other.date === entry.date) === index);

  it('at write time (a full disk) says which files were written and which were not; each is whole', async () => {
    faults.failOnWrite = 12;
    const attempt = writeMarkdownExport(folder, request(many));
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportStoppedError);
    const { written, notWritten, cause } = error as ExportStoppedError;
    expect(cause).toMatchObject({ code: 'ENOSPC' });
    expect(written.length).toBeGreaterThanOrEqual(8);
    expect([...written, ...notWritten].sort()).toEqual([...many.map((e) => `2026/${e.date}.md`), 'index.md'].sort());
    const files = await listFiles(folder, { all: true });
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('2026/'))).toEqual([...written]);
    for (const path of written)
      expect(await readFile(join(folder, path), 'utf8')).toMatch(/\n## Notes\n\nA calm day of design work\.\n$/);
    expect(await manifestPaths()).toEqual([...written]);
  });

  it('on a disk that stays full cannot record what it wrote, and the next export takes those files as written', async () => {
    faults.failFromWrite = 3;
    const error = (await writeMarkdownExport(folder, request()).catch(
      (caught: unknown) => caught,
    )) as ExportStoppedError;
    expect(error).toBeInstanceOf(ExportStoppedError);
    expect(error.written.length).toBeGreaterThan(0);
    expect((await listFiles(folder, { all: true })).filter((file) => file.startsWith('.forkcast/'))).toEqual([]);
    faults.failFromWrite = Number.POSITIVE_INFINITY;
    const result = await writeMarkdownExport(folder, request());
    expect(result).toMatchObject({ unchanged: error.written.length, conflicts: [] });
    expect(await manifestPaths()).toEqual(await listFiles(folder));
  });

  it('at rename time says the same, and the next export finishes the job', async () => {
    faults.failOnRename = 2;
    faults.code = 'EACCES';
    const error = (await writeMarkdownExport(folder, request()).catch(
      (caught: unknown) => caught,
    )) as ExportStoppedError;
    expect(error).toBeInstanceOf(ExportStoppedError);
    expect(error.written).toHaveLength(1);
    expect(error.notWritten).toHaveLength(3);
    expect((await listFiles(folder, { all: true })).some((file) => file.includes('.tmp'))).toBe(false);
    faults.failOnRename = Number.POSITIVE_INFINITY;
    expect(await writeMarkdownExport(folder, request())).toMatchObject({ written: 3, unchanged: 1, conflicts: [] });
  });

  it('fails before the first file with the error itself: then nothing was changed', async () => {
    faults.failFromWrite = 1;
    await expect(writeMarkdownExport(folder, request())).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await listFiles(folder, { all: true })).toEqual([]);
  });

  it('leaves temporary files a killed export left behind only until the next export', async () => {
    await mkdir(join(folder, '2026'));
    await mkdir(join(folder, '.forkcast'));
    const leftovers = [
      '2026/.2026-11-20.md.0123456789abcdef.tmp',
      '2026/.2026-11-19.md.3b241101-e2bb-4255-8caf-4136c566a962.tmp',
      '2026/.2026-W45-review.md.a1b2c3d4e5f60718.tmp',
      '.index.md.fedcba9876543210.tmp',
      '.decision.md.0f1e2d3c4b5a6978.tmp',
      '.forkcast/.manifest.json.00112233445566ff.tmp',
    ];
    const theirs = [
      '.my-draft.md.tmp',
      '2026/.2026-11-20.md.notours.tmp',
      '2026/.2026-W45-notes.md.a1b2c3d4e5f60718.tmp',
    ];
    for (const path of [...leftovers, ...theirs]) await writeFile(join(folder, path), 'half a fi');
    await writeMarkdownExport(folder, request());
    const files = await listFiles(folder, { all: true });
    for (const path of leftovers) expect(files).not.toContain(path);
    for (const path of theirs) expect(files).toContain(path);
  });
});
