import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomActivity, Feel } from '../../../shared';
import { activityFeels, NO_DATES, unpackDates, type FeelReading } from '../../../shared/trends';
import { entryFixture } from '../../fixtures/entries';
import { entryArbitrary } from '../analysis/arbitraries';

/** One entry a day from 1 November, each with the given activities and feels. */
function daysOf(...days: { id: string; feel: Feel | null }[][]) {
  return days.map((activities, index) => entryFixture(`2026-11-${String(index + 1).padStart(2, '0')}`, { activities }));
}

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

  it('reads an activity as energising or draining only when its whole range is on one side of neutral', () => {
    const liked: Feel[] = [2, 1, 2, 2, 1, 2, 2, 1, 2, 2];
    const disliked: Feel[] = [-2, -1, -2, -2, -1, -2, -2, -1, -2, -2];
    const rows = activityFeels(
      daysOf(
        ...liked.map((feel, day) => [
          { id: 'design-doc', feel },
          { id: 'one-on-ones', feel: disliked[day] ?? null },
          // Half up, half down: an average near neutral whatever its days.
          { id: 'spike', feel: (day % 2 ? 1 : -1) as Feel },
        ]),
        [{ id: 'give-feedback', feel: -2 }],
      ),
      [],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('design-doc')?.reading).toBe('energising');
    expect(byId.get('design-doc')?.band?.[0]).toBeGreaterThan(0);
    expect(byId.get('one-on-ones')?.reading).toBe('draining');
    expect(byId.get('one-on-ones')?.band?.[1]).toBeLessThan(0);
    expect(byId.get('spike')?.reading).toBe('could be chance');
    // One drained day has no range and is no finding: it sits between the clear ones, not below the clear drain.
    expect(byId.get('give-feedback')).toMatchObject({ reading: 'too few days', band: null, meanFeel: -2 });
    expect(rows.map((row) => row.id)).toEqual(['design-doc', 'spike', 'give-feedback', 'one-on-ones']);
  });

  it('does not call two identical ratings certain', () => {
    const [row] = activityFeels(daysOf([{ id: 'design-doc', feel: 2 }], [{ id: 'design-doc', feel: 2 }]), []);
    expect(row?.reading).toBe('could be chance');
    expect(row?.band?.[0]).toBeLessThan(0);
  });

  it('widens the ranges when more activities are read at once', () => {
    const feels: Feel[] = [2, 1, 2, 1, 2, 1];
    const alone = activityFeels(daysOf(...feels.map((feel) => [{ id: 'design-doc', feel }])), []);
    const crowd = activityFeels(
      daysOf(
        ...feels.map((feel, day) => [
          { id: 'design-doc', feel },
          ...['spike', 'give-feedback', 'one-on-ones', 'debugging'].map((id) => ({
            id,
            feel: (day % 2 ? 1 : -1) as Feel,
          })),
        ]),
      ),
      [],
    );
    const width = (rows: typeof alone) => {
      const band = rows.find((row) => row.id === 'design-doc')?.band;
      return band ? band[1] - band[0] : NaN;
    };
    expect(width(crowd)).toBeGreaterThan(width(alone));
  });

  it('keeps a clear reading and a range clear of neutral the same thing, and clear readings at the ends', () => {
    const ids = ['design-doc', 'spike', 'one-on-ones', 'give-feedback'];
    const group: Record<FeelReading, number> = {
      energising: 0,
      'could be chance': 1,
      'too few days': 1,
      draining: 2,
      unrated: 3,
    };
    fc.assert(
      fc.property(fc.array(entryArbitrary(ids, 60), { maxLength: 60 }), (entries) => {
        const rows = activityFeels(entries, []);
        for (const row of rows) {
          const clearOfNeutral = row.band !== null && (row.band[0] > 0 || row.band[1] < 0);
          expect(row.reading === 'energising' || row.reading === 'draining').toBe(clearOfNeutral);
          expect(row.band === null).toBe(row.days - row.unrated < 2);
        }
        const groups = rows.map((row) => group[row.reading]);
        expect(groups).toEqual([...groups].sort((a, b) => a - b));
      }),
    );
  });

  it('is empty without activities', () => {
    expect(activityFeels([entryFixture('2026-11-01')], [])).toEqual([]);
  });
});
