import { describe, expect, it } from 'vitest';
import type { CustomActivity } from '../../../shared';
import { activityFeels, NO_DATES, unpackDates } from '../../../shared/trends';
import { entryFixture } from '../../fixtures/entries';

const boardPrep: CustomActivity = {
  id: 'custom-board-prep',
  label: 'Board prep',
  lean: 'management',
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('activities by average feel', () => {
  const entries = [
    entryFixture('2026-11-03', {
      activities: [
        { id: 'design-doc', feel: 2 },
        { id: 'one-on-ones', feel: -1 },
      ],
    }),
    entryFixture('2026-11-01', {
      activities: [
        { id: 'design-doc', feel: 1 },
        { id: 'custom-board-prep', feel: 0 },
        { id: 'custom-gone', feel: -2 },
      ],
    }),
  ];

  it('averages each activity over its days, best first, with the days behind it', () => {
    const rows = activityFeels(entries, [boardPrep]);
    expect(rows.map(({ id, label, lean, meanFeel, days }) => ({ id, label, lean, meanFeel, days }))).toEqual([
      { id: 'design-doc', label: 'Design doc', lean: 'architecture', meanFeel: 1.5, days: 2 },
      { id: 'custom-board-prep', label: 'Board prep', lean: 'management', meanFeel: 0, days: 1 },
      { id: 'one-on-ones', label: '1:1s', lean: 'management', meanFeel: -1, days: 1 },
      // A deleted custom activity keeps its id as its name and counts as neither path.
      { id: 'custom-gone', label: 'custom-gone', lean: 'neutral', meanFeel: -2, days: 1 },
    ]);
    expect(unpackDates(rows[0]?.dates ?? NO_DATES)).toEqual(['2026-11-01', '2026-11-03']);
  });

  it('averages over rated days only, and lists an activity never rated last, without an average', () => {
    const rows = activityFeels(
      [
        entryFixture('2026-11-01', {
          activities: [
            { id: 'design-doc', feel: null },
            { id: 'spike', feel: null },
          ],
        }),
        entryFixture('2026-11-02', { activities: [{ id: 'design-doc', feel: -2 }] }),
      ],
      [],
    );
    expect(rows.map(({ id, meanFeel, days, unrated }) => ({ id, meanFeel, days, unrated }))).toEqual([
      { id: 'design-doc', meanFeel: -2, days: 2, unrated: 1 },
      { id: 'spike', meanFeel: null, days: 1, unrated: 1 },
    ]);
  });

  it('is empty without activities', () => {
    expect(activityFeels([entryFixture('2026-11-01')], [])).toEqual([]);
  });
});
