import fc from 'fast-check';
import { ACTIVITY_CATALOG, type CustomActivity } from '../../../shared/activities';
import { dateOfDay, dayNumber } from '../../../shared/analysis/calendar';
import { DAY_KINDS, STAGES, type Entry, type Feel } from '../../../shared/entry';
import { HIGHLIGHT_KINDS } from '../../../shared/highlights';
import { entryFixture } from '../../fixtures/entries';

/** Custom activities whose path the tests can swap; built-in ones always keep their catalog lean. */
export const CUSTOM_IDS = ['custom-a', 'custom-b', 'custom-c', 'custom-d', 'custom-e', 'custom-f'] as const;
export const NEUTRAL_IDS = ACTIVITY_CATALOG.filter((activity) => activity.lean === 'neutral').map(
  (activity) => activity.id,
);
const PATH_IDS = ACTIVITY_CATALOG.filter((activity) => activity.lean !== 'neutral').map((activity) => activity.id);

export const customActivity = (id: string, lean: CustomActivity['lean']): CustomActivity => ({
  id,
  label: id,
  lean,
  createdAt: '2026-01-01T00:00:00.000Z',
});

const START = dayNumber('2025-06-01');
const feel = fc.option(fc.constantFrom<Feel>(-2, -1, 0, 1, 2), { nil: null, freq: 8 });
const date = (span: number) => fc.integer({ min: START, max: START + span }).map(dateOfDay);

/** An entry with any mix of signals; `ids` are the activity ids it may use. */
export function entryArbitrary(ids: readonly string[], span = 200): fc.Arbitrary<Entry> {
  return fc
    .record({
      date: date(span),
      dayKind: fc.option(fc.constantFrom(...DAY_KINDS)),
      activities: fc.uniqueArray(fc.record({ id: fc.constantFrom(...ids), feel }), {
        selector: (activity) => activity.id,
        maxLength: 6,
      }),
      timing: fc.option(fc.constantFrom(...STAGES)),
      highlight: fc.option(fc.constantFrom(...HIGHLIGHT_KINDS.map((kind) => kind.id))),
      management: fc.option(fc.constantFrom('yes', 'no', 'unsure' as const)),
      architecture: fc.option(fc.constantFrom('yes', 'no', 'unsure' as const)),
    })
    .map(({ date: day, highlight, management, architecture, ...rest }) =>
      entryFixture(day, {
        ...rest,
        highlight: { kind: highlight, text: '' },
        worstDay: { management, architecture },
      }),
    );
}

/** Journals over built-in and custom activities, with dates that may repeat and arrive in any order. */
export const journalArbitrary = (maxLength = 80, span = 200) =>
  fc.array(entryArbitrary([...PATH_IDS, ...NEUTRAL_IDS, ...CUSTOM_IDS], span), { maxLength });

/** A path for each custom activity. */
export const customLeansArbitrary = fc
  .tuple(...CUSTOM_IDS.map(() => fc.constantFrom('management', 'architecture', 'neutral' as const)))
  .map((leans) => CUSTOM_IDS.map((id, i) => customActivity(id, leans[i] ?? 'neutral')));
