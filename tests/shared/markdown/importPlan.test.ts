import { describe, expect, it } from 'vitest';
import { planImport, renderDayFile, resolveImport, type CustomActivity, type Entry } from '../../../shared';
import { badDay, goodDay } from '../../fixtures/entries';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const file = (entry: Entry, name = `${entry.date.slice(0, 4)}/${entry.date}.md`, custom: CustomActivity[] = []) => ({
  name,
  text: renderDayFile(entry, custom),
});

describe('planImport', () => {
  const mine = goodDay('2026-11-20', { revision: 4, updatedAt: '2026-11-20T20:00:00.000Z' });

  it('sorts days into new, unchanged, changed and conflicting', () => {
    const editedFile = { ...mine, notes: 'Edited by hand.' };
    const olderFile = { ...badDay('2026-11-21'), revision: 1 };
    const current = [mine, badDay('2026-11-21', { revision: 2, notes: 'Changed since.' }), goodDay('2026-11-22')];
    const preview = planImport({
      files: [file(editedFile), file(olderFile), file(goodDay('2026-11-22')), file(goodDay('2026-11-23'))],
      current,
      now: NOW,
    });
    expect(preview.newDays.map((day) => day.date)).toEqual(['2026-11-23']);
    expect(preview.unchanged.map((day) => day.date)).toEqual(['2026-11-22']);
    expect(preview.changedDays.map((day) => [day.date, day.differences])).toEqual([['2026-11-20', ['notes']]]);
    expect(preview.conflicts.map((day) => [day.date, day.differences])).toEqual([['2026-11-21', ['notes']]]);
  });

  it('treats a hand-made day without bookkeeping as a conflict, never overwriting silently', () => {
    const preview = planImport({
      files: [{ name: '2026-11-20.md', text: '---\ndayKind: bad\n---\n' }],
      current: [mine],
      now: NOW,
    });
    expect(preview.conflicts).toHaveLength(1);
    expect(resolveImport(preview, new Map(), [], NOW).entries).toEqual([]);
  });

  it('takes no day found in two files, and says which files', () => {
    const preview = planImport({
      files: [file(mine, 'a/2026-11-20.md'), file(mine, 'b/2026-11-20.md'), file(goodDay('2026-11-23'))],
      current: [],
      now: NOW,
    });
    expect(preview.duplicates).toEqual([{ date: '2026-11-20', files: ['a/2026-11-20.md', 'b/2026-11-20.md'] }]);
    expect(resolveImport(preview, new Map(), [], NOW).entries.map((entry) => entry.date)).toEqual(['2026-11-23']);
  });

  it('lists malformed and refused files with their reasons', () => {
    const preview = planImport({
      files: [
        { name: 'x/2026-13-01.md', text: '---\n---\n' },
        { name: 'index.md', text: '# Forkcast journal\n' },
      ],
      refused: [{ name: 'big.md', reason: 'is larger than 10 MB' }],
      current: [],
      now: NOW,
    });
    expect(preview.problems).toEqual([
      { name: 'big.md', reason: 'is larger than 10 MB' },
      { name: 'x/2026-13-01.md', reason: 'is named after 2026-13-01, which is not a real calendar date' },
    ]);
  });

  it('dates hand-made days now, as a first save', () => {
    const preview = planImport({
      files: [{ name: '2026-11-25.md', text: '---\nenergy: 3\n---\n' }],
      current: [],
      now: NOW,
    });
    expect(preview.newDays[0]?.theirs).toMatchObject({
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      revision: 1,
    });
  });
});

describe('resolveImport', () => {
  const mine = goodDay('2026-11-20', { revision: 4, createdAt: '2026-11-20T08:00:00.000Z' });
  const theirs = { ...mine, revision: 2, notes: 'From the file.' };

  it('replaces a day only when the user takes theirs, as a new save keeping its first creation', () => {
    const preview = planImport({ files: [file(theirs)], current: [mine], now: NOW });
    expect(resolveImport(preview, new Map([['2026-11-20', 'mine']]), [], NOW).entries).toEqual([]);
    const write = resolveImport(preview, new Map([['2026-11-20', 'theirs']]), [], NOW);
    expect(write.entries).toEqual([
      { ...theirs, createdAt: mine.createdAt, updatedAt: NOW.toISOString(), revision: 5 },
    ]);
    expect(write.expected).toEqual([{ date: '2026-11-20', revision: 4 }]);
  });

  it('recreates custom activities the journal lacks, from what the files say', () => {
    const own: CustomActivity = {
      id: 'custom-board-prep',
      label: 'Board prep',
      lean: 'management',
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const day = goodDay('2026-11-20', {
      activities: [
        { id: own.id, feel: 2 },
        { id: 'custom-mystery', feel: 0 },
      ],
    });
    const preview = planImport({ files: [file(day, undefined, [own])], current: [], now: NOW });
    expect(resolveImport(preview, new Map(), [], NOW).customActivities).toEqual([
      { ...own, createdAt: NOW.toISOString() },
      { id: 'custom-mystery', label: 'mystery', lean: 'neutral', createdAt: NOW.toISOString() },
    ]);
    expect(resolveImport(preview, new Map(), [own], NOW).customActivities.map((activity) => activity.id)).toEqual([
      'custom-mystery',
    ]);
  });
});
