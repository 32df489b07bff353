import { describe, expect, it } from 'vitest';
import { LIMITS, promptsForEntry } from '../../../shared';
import {
  addTags,
  copyActivities,
  removeTag,
  setAnswer,
  setFeel,
  toggleActivity,
} from '../../../renderer/src/today/entryChanges';
import { entryFixture } from '../../fixtures/entries';

describe('entry changes', () => {
  it('normalises tags, splits on commas and skips duplicates', () => {
    const { entry, problem } = addTags(
      entryFixture('2026-11-02', { tags: ['retro'] }),
      '#Retro, Design Review ,  ,ops',
    );
    expect(problem).toBeNull();
    expect(entry.tags).toEqual(['retro', 'design-review', 'ops']);
    expect(removeTag(entry, 'ops').tags).toEqual(['retro', 'design-review']);
  });

  it('refuses a bad tag or one too many and changes nothing', () => {
    const start = entryFixture('2026-11-02');
    expect(addTags(start, 'x'.repeat(41))).toMatchObject({ entry: start, problem: expect.stringMatching(/longer/) });
    const full = entryFixture('2026-11-02', { tags: Array.from({ length: LIMITS.tagsPerEntry }, (_, n) => `t${n}`) });
    expect(addTags(full, 'one-more')).toMatchObject({ entry: full, problem: expect.stringMatching(/at most/) });
    const pasted = Array.from({ length: 10_000 }, (_, n) => `tag${n}`).join(',');
    expect(addTags(start, pasted)).toMatchObject({ entry: start, problem: expect.stringMatching(/at most/) });
  });

  it('stores answers for every shown prompt in order and strips control characters', () => {
    const entry = entryFixture('2026-11-02', { dayKind: 'good' });
    const shown = promptsForEntry(entry);
    const second = shown[1];
    if (!second) throw new Error('expected three prompts');
    const next = setAnswer(entry, shown, second.id, 'Fine\u0007 day');
    expect(next.prompts.map((prompt) => prompt.id)).toEqual(shown.map((prompt) => prompt.id));
    expect(next.prompts[1]).toEqual({ id: second.id, answer: 'Fine day' });
  });

  it('ticks an activity unrated (not neutral), sets its feel, and can return it to unrated', () => {
    const on = toggleActivity(entryFixture('2026-11-02'), 'spike', true);
    expect(on.activities).toEqual([{ id: 'spike', feel: null }]);
    expect(setFeel(on, 'spike', -2).activities).toEqual([{ id: 'spike', feel: -2 }]);
    expect(setFeel(setFeel(on, 'spike', 0), 'spike', null).activities).toEqual([{ id: 'spike', feel: null }]);
    expect(toggleActivity(on, 'spike', false).activities).toEqual([]);
  });

  it('rates an activity that is not in the day yet by adding it, in one change', () => {
    const day = setFeel(entryFixture('2026-11-02', { activities: [{ id: 'coding', feel: 1 }] }), 'spike', 2);
    expect(day.activities).toEqual([
      { id: 'coding', feel: 1 },
      { id: 'spike', feel: 2 },
    ]);
  });

  it('copies another day’s activities with their feels, replacing none of the rest of the day', () => {
    const start = entryFixture('2026-11-02', { notes: 'kept' });
    const copied = copyActivities(start, [
      { id: 'hiring', feel: -1 },
      { id: 'spike', feel: null },
      { id: 'hiring', feel: 2 },
    ]);
    expect(copied.activities).toEqual([
      { id: 'hiring', feel: -1 },
      { id: 'spike', feel: null },
    ]);
    expect(copied.notes).toBe('kept');
  });
});
