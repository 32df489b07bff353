import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  readDayFileParts,
  readFrontMatterYaml,
  readYamlSubset,
  readYamlSubsetIn,
  renderDayFile,
  writeYamlSubset,
} from '../../../shared';
import { entryArbitrary, tagArbitrary, textArbitrary } from '../../fixtures/entryArbitrary';
import { lineReadDayFileParts, lineReadYamlSubset, lineReadYamlSubsetLines } from './lineReaders';

/**
 * The front matter is read by offset, in place in the file, where it was
 * split into lines and each line into key and value. The offset readers must
 * give exactly what the line readers gave (lineReaders.ts), on day files as
 * Forkcast writes them and on anything a hand edit, a sync tool or a hostile
 * file brings: the subset's edge cases, CRLF, a BOM, tabs, `---` inside the
 * notes, repeated keys, and front matters at the size cap.
 */

const KEYS = ['date', 'dayKind', 'id', 'feel', 'tags', 'prompts', 'a', 'x_1', 'Tags', '1st', '_x', 'k-y', 'é', ''];
const VALUES = [
  'good',
  'Technical strategy',
  '2',
  '-1',
  '0.7',
  '01',
  '1e3',
  '"2026-11-20"',
  '"a \\"quoted\\" word"',
  '"\\u0001"',
  '"unclosed',
  '""',
  'yes',
  'null',
  'True',
  '',
  ' x',
  'a: b',
  '- x',
  '\t',
  '---',
  '#tag',
  'é',
];
const key = fc.constantFrom(...KEYS);
const value = fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 6 }));
const line = fc.oneof(
  fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
  key.map((k) => `${k}:`),
  fc.tuple(key, value).map(([k, v]) => `${k}:${v}`),
  value.map((v) => `  - ${v}`),
  fc.tuple(key, value).map(([k, v]) => `  - ${k}: ${v}`),
  fc.tuple(key, value).map(([k, v]) => `    ${k}: ${v}`),
  fc.tuple(key, value).map(([k, v]) => `    ${k}:${v}`),
  value.map((v) => `  ${v}`),
  fc.constantFrom(
    '',
    '  ',
    '  - ',
    '    ',
    '---',
    '...',
    '\t- x',
    '\tdate: x',
    'date: x\r',
    '  - a\r',
    '\ufeffdate: x',
  ),
);
/** Lines near the subset, joined as a file would hold them. */
const yamlishText = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, separator, trailing]) => `${lines.join(separator)}${trailing ? separator : ''}`);

const scalar = fc.oneof(textArbitrary(4), tagArbitrary, fc.integer({ min: -1000, max: 1_000_000 }));
/** Front matters the subset writer makes, which the readers must take whole. */
const writtenText = fc
  .dictionary(
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/),
    fc.oneof(
      scalar,
      fc.array(scalar, { minLength: 1, maxLength: 3 }),
      fc.array(fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), scalar, { minKeys: 1, maxKeys: 3 }), {
        minLength: 1,
        maxLength: 3,
      }),
    ),
    { minKeys: 1 },
  )
  .map(writeYamlSubset);

describe('the YAML subset read by offset', () => {
  it('gives what the line reader gave, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(yamlishText, writtenText), (text) => {
        expect(readYamlSubset(text)).toEqual(lineReadYamlSubset(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the lines of a range in place, whatever is around them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            line,
            writtenText.map((text) => text.slice(0, -1)),
          ),
          { maxLength: 8 },
        ),
        fc.string({ maxLength: 8 }),
        fc.constantFrom('', 'x', ': y', '  - z'),
        (lines, before, after) => {
          // The range starts after a line break and ends at one, as a front matter between --- lines does.
          const front = lines.join('\n');
          const text = `${before}\n${front}\n${after}`;
          const from = before.length + 1;
          const end = lines.length === 0 ? from - 1 : from + front.length;
          const expected = lineReadYamlSubsetLines(lines.length === 0 ? [] : front.split('\n'));
          expect(readYamlSubsetIn(text, from, end)).toEqual(expected);
          // Lines given as an array (weekly review and decision files) are read the same way.
          const asLines = readFrontMatterYaml(lines.length === 0 ? [] : front.split('\n'));
          expect(asLines.ok && asLines.canonical ? asLines.raw : undefined).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('takes no lines from an empty range, and one empty line from an empty text', () => {
    expect(readYamlSubsetIn('---\n---\n', 4, 3)).toEqual({});
    expect(readYamlSubset('')).toBeUndefined();
    expect(readYamlSubset('\n')).toBeUndefined();
    expect(lineReadYamlSubset('')).toBeUndefined();
  });
});

/** What a hand edit, another app or a hostile file may do to a day file Forkcast wrote. */
const edit = fc.oneof(
  fc.constant((text: string) => text.replace(/\n/g, '\r\n')),
  fc.constant((text: string) => `\ufeff${text}`),
  fc.constant((text: string) => text.replace(/\n {2}- /, '\n\t- ')),
  fc.constant((text: string) => text.replace(/\ndate: /, '\ndate:\t')),
  fc.constant((text: string) => text.replace(/\ndayKind: [^\n]*/, '$&\ndayKind: good')),
  fc.constant((text: string) => text.replace(/\nrevision: /, '\nrevision:  ')),
  fc.constant((text: string) => text.replace(/\n---\n/, '\n---   \n')),
  fc.constant((text: string) => text.replace(/\n---\n/, '\n...\n')),
  fc.constant((text: string) => text.replace(/\n---\n/, '\n')),
  fc.constant((text: string) => text.replace(/^---\n/, '---\n---\n')),
  fc.constant((text: string) => text.replace(/\n## Notes\n/, '\n## Notes\n---\nmore: notes\n---\n')),
  fc.constant((text: string) => text.replace(/\ncreated: /, '\ncreated:')),
  fc.constant((text: string) => text.replace(/\n {4}feel: /, '\n    feel:')),
  fc.constant((text: string) => text.replace(/\n {2}- /, '\n  -  ')),
  // A front matter just under, at and just over the cap.
  fc.integer({ min: -3, max: 3 }).map((delta) => (text: string) => {
    const close = text.indexOf('\n---\n', 3);
    const padding = LIMITS.frontMatterChars - (close - 4) - 10 + delta;
    return close < 0 || padding < 0
      ? text
      : `${text.slice(0, close)}\npadding: ${'x'.repeat(padding)}${text.slice(close)}`;
  }),
);

describe('a day file read by offset', () => {
  it('gives the parts the line reader gave', () => {
    fc.assert(
      fc.property(entryArbitrary, fc.array(edit, { maxLength: 3 }), (entry, edits) => {
        const text = edits.reduce((current, apply) => apply(current), renderDayFile(entry));
        const file = { name: `${entry.date.slice(0, 4)}/${entry.date}.md`, text };
        expect(readDayFileParts(file)).toEqual(lineReadDayFileParts(file));
      }),
      { numRuns: 500 },
    );
  });

  it('says why a front matter over the cap is not read, at exactly one character over', () => {
    const [entry] = fc.sample(entryArbitrary, { numRuns: 1, seed: 3 });
    if (!entry) throw new Error('No entry was generated.');
    const text = renderDayFile(entry);
    const name = `${entry.date}.md`;
    const close = text.indexOf('\n---\n', 3);
    const pad = (extra: number) =>
      `${text.slice(0, close)}\npadding: ${'x'.repeat(LIMITS.frontMatterChars - (close - 4) - 10 + extra)}${text.slice(close)}`;
    const at = readDayFileParts({ name, text: pad(0) });
    const over = readDayFileParts({ name, text: pad(1) });
    expect(at.status).toBe('read');
    expect(over).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/front matter of 65,537 characters/),
    });
  });
});
