import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readYamlSubset, renderFrontMatter, writeYamlSubset } from '../../../shared';
import { entryArbitrary, tagArbitrary, textArbitrary } from '../../fixtures/entryArbitrary';

const scalarArbitrary = fc.oneof(
  textArbitrary(6),
  tagArbitrary,
  fc.integer({ min: -1000, max: 1_000_000 }),
  // The one-decimal feels of flat properties.
  fc.integer({ min: -20, max: 20 }).map((tenths) => tenths / 10 || 0),
);
const fieldsArbitrary = fc.dictionary(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/),
  fc.oneof(
    scalarArbitrary,
    fc.array(scalarArbitrary, { minLength: 1, maxLength: 3 }),
    fc.array(fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), scalarArbitrary, { minKeys: 1, maxKeys: 3 }), {
      minLength: 1,
      maxLength: 3,
    }),
  ),
  { minKeys: 1 },
);

describe('the YAML subset of day files', () => {
  it('is read the same by YAML 1.2 and 1.1 parsers', () => {
    fc.assert(
      fc.property(fieldsArbitrary, (fields) => {
        const text = writeYamlSubset(fields);
        expect(parse(text, { schema: 'core' }) ?? {}).toEqual(fields);
        expect(parse(text, { version: '1.1' }) ?? {}).toEqual(fields);
        // The fast reader may decline (then the full parser reads it), but never disagrees.
        const fast = readYamlSubset(text);
        if (fast !== undefined) expect(fast).toEqual(fields);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the fast path for every front matter Forkcast writes, reading it as the full parser does', () => {
    fc.assert(
      fc.property(entryArbitrary, (entry) => {
        const text = renderFrontMatter(entry, []);
        const fast = readYamlSubset(text);
        expect(fast).toBeDefined();
        expect(fast).toEqual(parse(text, { schema: 'core' }));
      }),
      { numRuns: 300 },
    );
  });

  it('reads one-decimal numbers itself, as YAML does', () => {
    expect(readYamlSubset(writeYamlSubset({ feelManagement: 0.7, feelArchitecture: -1.5 }))).toEqual({
      feelManagement: 0.7,
      feelArchitecture: -1.5,
    });
  });

  it('writes half a surrogate pair as U+FFFD, which every reader accepts', () => {
    const text = writeYamlSubset({ label: 'a\ud800b', other: 'c\udfff' });
    expect(parse(text, { version: '1.2', strict: true })).toEqual({ label: 'a\ufffdb', other: 'c\ufffd' });
    expect(readYamlSubset(text)).toEqual({ label: 'a\ufffdb', other: 'c\ufffd' });
  });

  it.each([
    ['a comment', 'date: "2026-11-20" # today\n'],
    ['a flow list', 'tags: [a, b]\n'],
    ['single quotes', "dayKind: 'good'\n"],
    ['an empty value', 'energy:\n'],
    ['a null word', 'motive: null\n'],
    ['a boolean word', 'worstDayManagement: false\n'],
    ['a YAML-only escape', 'highlightText: "\\x41"\n'],
    ['a repeated key', 'energy: 3\nenergy: 4\n'],
    ['a multi-line plain scalar', 'highlightText: one\n  two\n'],
    ['a blank line', 'energy: 3\n\ntiming: framing\n'],
    ['a leading zero', 'energy: 04\n'],
    ['a number with an exponent', 'feelManagement: 1e1\n'],
    ['a number without digits after its point', 'feelManagement: 1.\n'],
  ])('leaves %s to the full parser', (_, text) => {
    expect(readYamlSubset(text)).toBeUndefined();
  });
});
