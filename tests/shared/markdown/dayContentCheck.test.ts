import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayContentSchema,
  DAY_KINDS,
  HIGHLIGHT_KINDS,
  LIMITS,
  MOTIVES,
  STAGES,
  WORST_DAY_ANSWERS,
} from '../../../shared';
import { isDayContent } from '../../../shared/markdown/dayContentCheck';
import { entryArbitrary } from '../../fixtures/entryArbitrary';

/**
 * The import's plain check of a day stands in for dayContentSchema: it must
 * give zod's verdict, and on a yes the value zod would give. Each field is
 * drawn either from a valid day or from values at the edge of its rule.
 */

const ANSWER_LIMIT = 'a'.repeat(LIMITS.answerChars);
const NOTES_LIMIT = 'n'.repeat(LIMITS.notesChars);
const TEXTS = [
  '',
  'A plain line.',
  'tab\tand\r\nbreaks',
  '\u0000',
  'bell \u0007',
  '\u000b',
  '\u001f',
  '\u007f',
  '\u0080 and \u0085',
  '\u2028',
  '\ud800',
  'ü 🙂',
  ANSWER_LIMIT,
  `${ANSWER_LIMIT}a`,
];

/** Anything that is not what the field holds. */
const misfit = fc.constantFrom<unknown>(null, undefined, '', 0, -0, 1.5, NaN, Infinity, '1', [], {}, true);
const isRecordValue = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Mostly fitting values, now and then one that is not. */
const mostly = (fitting: fc.Arbitrary<unknown>, edge: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 3, arbitrary: fitting },
    { weight: 1, arbitrary: fc.oneof({ weight: 3, arbitrary: edge }, misfit) },
  );
const enumOrNull = (values: readonly string[]) =>
  fc.oneof(fc.constantFrom<unknown>(...values, null), misfit, fc.constantFrom('Good', 'yes ', 'maybe'));
const whole = (min: number, max: number) =>
  fc.oneof(fc.integer({ min: min - 2, max: max + 2 }), fc.constantFrom<unknown>(min, max, min - 1, max + 1), misfit);

/**
 * Arrays of `item`s, with holes now and then, and `max` and one more distinct
 * fitting items (`nth` makes the i-th), to find the length limit.
 */
const list = (item: fc.Arbitrary<unknown>, max: number, nth: (index: number) => unknown) =>
  fc.oneof(
    fc.array(item, { maxLength: 4 }),
    // No two alike, so that what decides is the items themselves.
    fc.uniqueArray(item, { maxLength: 4, selector: (value) => (isRecordValue(value) ? value.id : value) }),
    fc.sparseArray(item, { maxLength: 3 }),
    fc.constantFrom(max, max + 1).map((length) => Array.from({ length }, (_, index) => nth(index))),
    misfit,
  );

const promptId = mostly(
  fc.constantFrom('bad-friction', 'good-energy', 'a', '-', 'p'.repeat(80)),
  fc.constantFrom('A', 'a b', 'p'.repeat(81), '', 4),
);
const activityId = mostly(
  fc.constantFrom('coding', 'design-doc', 'custom-x', 'a'.repeat(81)),
  fc.constantFrom('-x', 'X', 'a'.repeat(82), '', 2),
);
const feel = mostly(fc.constantFrom(-2, -1, 0, -0, 1, 2, null), fc.constantFrom(3, -3, 0.5, '1'));
const text = mostly(fc.constantFrom(...TEXTS.slice(0, 3), ANSWER_LIMIT), fc.constantFrom<unknown>(...TEXTS, 7));
const tag = mostly(
  fc.constantFrom('design', 'on-call', 'ü', 't'.repeat(LIMITS.tagChars)),
  fc.constantFrom<unknown>(
    '#x',
    'a b',
    'a,b',
    'a\u00a0b',
    'a\u2003b',
    '',
    't'.repeat(LIMITS.tagChars + 1),
    'x\u0001',
    'x\u007f',
    '\u0085',
    5,
  ),
);
const notes = mostly(fc.constantFrom('', 'Notes.', NOTES_LIMIT), fc.constantFrom<unknown>(`${NOTES_LIMIT}n`, ...TEXTS));

const record = (shape: Record<string, fc.Arbitrary<unknown>>) => mostly(fc.record(shape), fc.constant([]));

const edgeDay = fc.record({
  date: fc.constantFrom<unknown>('2026-11-20', '2024-02-29', '2026-02-29', '2026-13-01', '2026-1-2', 20261120, null),
  dayKind: enumOrNull(DAY_KINDS),
  energy: fc.oneof(whole(1, 5), fc.constant(null)),
  prompts: list(mostly(fc.record({ id: promptId, answer: text }), fc.constant(null)), 12, (index) => ({
    id: `p${index}`,
    answer: '',
  })),
  promptShuffle: whole(0, 1_000_000),
  activities: list(
    mostly(fc.record({ id: activityId, feel }), fc.constant('coding')),
    LIMITS.activitiesPerEntry,
    (index) => ({ id: `a${index}`, feel: null }),
  ),
  timing: enumOrNull(STAGES),
  highlight: record({ kind: enumOrNull(HIGHLIGHT_KINDS.map((kind) => kind.id)), text }),
  worstDay: record({ management: enumOrNull(WORST_DAY_ANSWERS), architecture: enumOrNull(WORST_DAY_ANSWERS) }),
  motive: enumOrNull(MOTIVES),
  notes,
  tags: list(tag, LIMITS.tagsPerEntry, (index) => `t${index}`),
});

/** A valid day with one or two of its fields swapped for edge values. */
const candidate = fc
  .tuple(entryArbitrary, edgeDay, fc.subarray(Object.keys(dayContentSchema.shape), { minLength: 1, maxLength: 2 }))
  .map(([entry, edges, swapped]) => {
    const { createdAt: _c, updatedAt: _u, revision: _r, ...content } = entry;
    const edged: Record<string, unknown> = { ...content };
    for (const key of swapped) edged[key] = (edges as Record<string, unknown>)[key];
    return edged;
  });

describe('the plain check of a day', () => {
  it('gives zod’s verdict, and on a yes the day zod gives, on days at the edge of every rule', () => {
    let accepted = 0;
    fc.assert(
      fc.property(candidate, (value) => {
        const parsed = dayContentSchema.safeParse(value);
        expect(isDayContent(value)).toBe(parsed.success);
        if (parsed.success) {
          accepted += 1;
          expect(value).toEqual(parsed.data);
        }
      }),
      { numRuns: 5_000 },
    );
    // Both verdicts must be common for the comparison to mean something.
    expect(accepted).toBeGreaterThan(500);
    expect(accepted).toBeLessThan(4_500);
  });

  it('refuses a day without any one of the schema’s fields, so a field added there cannot go unchecked', () => {
    fc.assert(
      fc.property(entryArbitrary, fc.constantFrom(...Object.keys(dayContentSchema.shape)), (entry, key) => {
        const { createdAt: _c, updatedAt: _u, revision: _r, ...content } = entry;
        expect(isDayContent(content)).toBe(true);
        const without = Object.fromEntries(Object.entries(content).filter(([field]) => field !== key));
        expect(isDayContent(without)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses what is not a day at all', () => {
    for (const value of [null, undefined, 'day', 3, [], [{}]]) expect(isDayContent(value)).toBe(false);
  });
});
