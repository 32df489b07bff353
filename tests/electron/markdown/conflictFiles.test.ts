import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { overwriteConflicts, readConflictFiles, recordConflictsTaken } from '../../../electron/markdown/conflictFiles';
import { writeMarkdownExport } from '../../../electron/markdown/exportFolder';
import type { ConflictingFile } from '../../../electron/markdown/folderFiles';
import type { Entry } from '../../../shared';
import { goodDay } from '../../fixtures/entries';

/**
 * The three ways out of a conflict, each with two writers on one day: the
 * app, and an editor that may save again between the user's look and choice.
 */

const journal: Entry[] = [goodDay('2026-11-19'), goodDay('2026-11-20')];
const request = (entries: Entry[] = journal) => ({ entries, customActivities: [], range: null });
const theirs = '---\ndate: 2026-11-20\ndayKind: bad\n---\n\n## Notes\n\nRewritten in my editor.\n';

let folder: string;
const dayPath = () => join(folder, '2026', '2026-11-20.md');

/** Exports into a folder where 2026-11-20 is the user's own file, and returns that conflict. */
async function exportWithConflict(): Promise<ConflictingFile> {
  await mkdir(join(folder, '2026'), { recursive: true });
  await writeFile(dayPath(), theirs);
  const { conflicts } = await writeMarkdownExport(folder, request());
  const [conflict] = conflicts;
  if (!conflict || conflicts.length !== 1) throw new Error('expected one conflict');
  return conflict;
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'forkcast-conflicts-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('overwriteConflicts', () => {
  it('writes Forkcast’s version and records it, so later exports keep it up to date', async () => {
    const conflict = await exportWithConflict();
    expect(await overwriteConflicts(folder, [conflict])).toEqual({ done: 1, open: [], problem: null });
    expect(await readFile(dayPath(), 'utf8')).toBe(conflict.mine);
    const later = journal.map((entry) => ({ ...entry, notes: 'Later.', revision: 2 }));
    expect(await writeMarkdownExport(folder, request(later))).toMatchObject({ written: 2, conflicts: [] });
  });

  it('leaves a file that was saved again since the user chose, and lists it again', async () => {
    const conflict = await exportWithConflict();
    await writeFile(dayPath(), `${theirs}And one more line.\n`);
    const result = await overwriteConflicts(folder, [conflict]);
    expect(result.done).toBe(0);
    expect(result.open).toEqual([{ ...conflict, sha256: expect.not.stringMatching(conflict.sha256) }]);
    expect(result.problem).toBe('One file was changed again since you chose, so it is listed again.');
    expect(await readFile(dayPath(), 'utf8')).toBe(`${theirs}And one more line.\n`);
  });
});

describe('taking their change', () => {
  it('reads their file, and once recorded the next export may replace it with the imported day', async () => {
    const conflict = await exportWithConflict();
    const { files, read } = await readConflictFiles(folder, [conflict]);
    expect(files).toEqual([{ name: '2026/2026-11-20.md', text: theirs }]);
    expect(await recordConflictsTaken(folder, read)).toEqual({ done: 1, open: [], problem: null });
    // The journal now holds their day (imported, a new revision); the export brings the file in line.
    const imported = goodDay('2026-11-20', { dayKind: 'bad', notes: 'Rewritten in my editor.', revision: 2 });
    const result = await writeMarkdownExport(folder, request([journal[0] as Entry, imported]));
    expect(result.conflicts).toEqual([]);
    expect(await readFile(dayPath(), 'utf8')).toContain('revision: 2');
  });

  it('does not record a file saved again after it was read: that change was not imported', async () => {
    const conflict = await exportWithConflict();
    const { read } = await readConflictFiles(folder, [conflict]);
    await writeFile(dayPath(), 'Saved again after the preview.\n');
    const result = await recordConflictsTaken(folder, read);
    expect(result).toMatchObject({ done: 0, open: [{ path: '2026/2026-11-20.md' }] });
    expect((await writeMarkdownExport(folder, request())).conflicts.map(({ path }) => path)).toEqual([
      '2026/2026-11-20.md',
    ]);
  });
});
