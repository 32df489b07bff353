import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDayFile,
  readDayFileParts,
  renderDayFile,
  writeYamlSubset,
  type DayFileParts,
  type SubsetValue,
} from '../../../shared';
import { entryArbitrary, tagArbitrary } from '../../fixtures/entryArbitrary';

/**
 * A front matter in Forkcast's own form is checked once, by the entry's
 * schema; anything else gets the field-by-field check first. The two must
 * agree on every file: the same day, or the fast path stepping aside.
 */

const withFullCheck = (parts: DayFileParts): DayFileParts =>
  parts.status === 'read' ? { ...parts, canonical: false } : parts;

const scalar = fc.oneof(
  fc.constantFrom('good', 'bad', 'yes', 'no', 'unsure', 'framing', 'leverage', '#design', 'a, b', '', 'coding'),
  tagArbitrary,
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -3, max: 8 }),
  fc.constantFrom(0.7, -1.5),
);
const KEYS = [
  'date',
  'dayKind',
  'energy',
  'timing',
  'highlight',
  'highlightText',
  'worstDayManagement',
  'worstDayArchitecture',
  'motive',
  'feelManagement',
  'feelArchitecture',
  'activityNames',
  'activities',
  'tags',
  'prompts',
  'promptShuffle',
  'created',
  'updated',
  'revision',
  'mood',
] as const;
const value: fc.Arbitrary<SubsetValue> = fc.oneof(
  scalar,
  fc.array(scalar, { minLength: 1, maxLength: 3 }),
  fc.array(
    fc.record(
      { id: fc.oneof(fc.constantFrom('coding', 'design-doc', 'x y'), scalar), feel: scalar, label: scalar },
      { requiredKeys: ['id'] },
    ),
    { minLength: 1, maxLength: 3 },
  ),
);
/** Front matter as Forkcast's writer would lay it out, with any values in any of its fields. */
const frontMatter = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 8 });

describe('checking a day file', () => {
  it('gives the same day on the fast path as on the full one, for every file Forkcast writes', () => {
    fc.assert(
      fc.property(entryArbitrary, (entry) => {
        const parts = readDayFileParts({
          name: `${entry.date.slice(0, 4)}/${entry.date}.md`,
          text: renderDayFile(entry),
        });
        expect(parts).toMatchObject({ status: 'read', canonical: true });
        expect(checkDayFile(parts)).toEqual(checkDayFile(withFullCheck(parts)));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the full check on any values in that form, or leaves the verdict to it', () => {
    fc.assert(
      fc.property(frontMatter, (fields) => {
        const text = `---\n${writeYamlSubset(fields)}---\n\n## Notes\n\nSome notes.\n`;
        const parts = readDayFileParts({ name: '2026/2026-11-20.md', text });
        expect(checkDayFile(parts)).toEqual(checkDayFile(withFullCheck(parts)));
      }),
      { numRuns: 2_000 },
    );
  });
});
