import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  findMatches,
  foldText,
  makeSnippet,
  matchEntry,
  parseQuery,
  searchEntries,
  splitAtRanges,
  type TextRange,
} from '../../shared';
import { badDay, entryFixture, goodDay } from '../fixtures/entries';

const marked = (text: string, ranges: readonly TextRange[]) => ranges.map(({ start, end }) => text.slice(start, end));

describe('parseQuery', () => {
  it('splits on any whitespace, folds case and drops duplicates and leading #', () => {
    expect(parseQuery('  Design  design\t#Calm \n')).toEqual(['design', 'calm']);
  });

  it('has no words for an empty or blank query', () => {
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery('   # ')).toEqual([]);
  });
});

describe('foldText', () => {
  it('lower-cases and strips accents, precomposed or not', () => {
    expect(foldText('Café ÉTÉ')).toBe('cafe ete');
    expect(foldText('Cafe\u0301')).toBe('cafe');
    expect(foldText('Straße Ørsted')).toBe('straße ørsted');
  });

  it('treats a final sigma like any other sigma', () => {
    expect(foldText('ΟΔΟΣ')).toBe('οδοσ');
    expect(foldText('οδος')).toBe('οδοσ');
  });

  it('folds a whole text as it folds each character alone, so offsets map back', () => {
    const perCharacter = (text: string) => Array.from(text, foldText).join('');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => foldText(text) === perCharacter(text)),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...Array.from('ΣσςİIıß한Å\u0345\u0301 eÉ')), maxLength: 20 }),
        (text) => {
          expect(foldText(text)).toBe(perCharacter(text));
        },
      ),
    );
  });
});

describe('searchEntries', () => {
  const entries = [
    goodDay('2026-11-12', { prompts: [{ id: 'good-flow', answer: 'Lost in the Data Model for hours' }] }),
    badDay('2026-11-11', { highlight: { kind: null, text: 'The retro finally helped' } }),
    entryFixture('2026-11-10', { notes: 'Résumé review with the hiring panel', tags: ['hiring', 'team-health'] }),
  ];
  const index = buildSearchIndex(entries);
  const dates = (query: string) => searchEntries(index, query).map((entry) => entry.date);

  it('finds words in answers, highlight text, notes and tags', () => {
    expect(dates('data model')).toEqual(['2026-11-12']);
    expect(dates('retro')).toEqual(['2026-11-11']);
    expect(dates('panel')).toEqual(['2026-11-10']);
    expect(dates('team-health')).toEqual(['2026-11-10']);
    expect(dates('#hiring')).toEqual(['2026-11-10']);
  });

  it('ignores case and accents on both sides', () => {
    expect(dates('DATA')).toEqual(['2026-11-12']);
    expect(dates('resume')).toEqual(['2026-11-10']);
    expect(dates('RÉSUMÉ')).toEqual(['2026-11-10']);
  });

  it('needs every word, in any field and any order', () => {
    expect(dates('hours model')).toEqual(['2026-11-12']);
    expect(dates('calm design')).toEqual(['2026-11-12']); // notes + tag
    expect(dates('model retro')).toEqual([]);
  });

  it('keeps the order of the index', () => {
    expect(dates('the')).toEqual(['2026-11-12', '2026-11-11', '2026-11-10']);
  });

  it('finds nothing for an empty query', () => {
    expect(dates('')).toEqual([]);
    expect(dates('   ')).toEqual([]);
  });

  it('does not match across two fields', () => {
    const index = buildSearchIndex([entryFixture('2026-11-01', { notes: 'ends with data', tags: ['model'] })]);
    expect(searchEntries(index, 'data#model')).toEqual([]);
    expect(searchEntries(index, 'datamodel')).toEqual([]);
  });
});

describe('findMatches', () => {
  it('reports ranges in the original text, merged and sorted', () => {
    const text = 'Design the design; DESIGNED by designers';
    const ranges = findMatches(text, ['design']);
    expect(marked(text, ranges)).toEqual(['Design', 'design', 'DESIGN', 'design']);
  });

  it('merges overlapping words into one range', () => {
    expect(findMatches('a roadmap', ['road', 'adma'])).toEqual([{ start: 2, end: 8 }]);
  });

  it('keeps accents and decomposed letters whole', () => {
    expect(marked('Un café noir', findMatches('Un café noir', ['cafe']))).toEqual(['café']);
    const decomposed = 'Cafe\u0301 time';
    expect(marked(decomposed, findMatches(decomposed, ['cafe']))).toEqual(['Cafe\u0301']);
  });

  it('counts surrogate pairs as one character', () => {
    const text = '🎉 shipped 🎉 Shipped';
    expect(marked(text, findMatches(text, ['shipped']))).toEqual(['shipped', 'Shipped']);
  });
});

describe('makeSnippet', () => {
  const long = `${'alpha '.repeat(40)}needle ${'omega '.repeat(40)}`.trim();

  it('keeps a short text whole, with line breaks as spaces', () => {
    const snippet = makeSnippet('one\r\ntwo needle', [{ start: 9, end: 15 }]);
    expect(snippet).toEqual({
      text: 'one  two needle',
      ranges: [{ start: 9, end: 15 }],
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it('cuts a long text around the first match at word boundaries', () => {
    const start = long.indexOf('needle');
    const snippet = makeSnippet(long, [{ start, end: start + 6 }], 60);
    expect(snippet.text.length).toBeLessThanOrEqual(60);
    expect(snippet.clippedStart).toBe(true);
    expect(snippet.clippedEnd).toBe(true);
    expect(snippet.text).toMatch(/^alpha .* omega$/);
    expect(marked(snippet.text, snippet.ranges)).toEqual(['needle']);
  });

  it('does not clip the start when the match is near it', () => {
    const snippet = makeSnippet(long, [{ start: 0, end: 5 }], 60);
    expect(snippet.clippedStart).toBe(false);
    expect(snippet.text.startsWith('alpha')).toBe(true);
    expect(snippet.ranges).toEqual([{ start: 0, end: 5 }]);
  });

  it('keeps a match at the very end', () => {
    const text = `${'word '.repeat(50)}finale`;
    const snippet = makeSnippet(text, [{ start: text.length - 6, end: text.length }], 40);
    expect(snippet.clippedEnd).toBe(false);
    expect(marked(snippet.text, snippet.ranges)).toEqual(['finale']);
  });

  it('drops ranges outside the window and trims those on its edge', () => {
    const text = `needle ${'x '.repeat(100)}needle`;
    const snippet = makeSnippet(
      text,
      [
        { start: 0, end: 6 },
        { start: text.length - 6, end: text.length },
      ],
      30,
    );
    expect(snippet.ranges).toEqual([{ start: 0, end: 6 }]);
  });
});

describe('matchEntry', () => {
  it('names each field with a match and marks the words in it', () => {
    const entry = badDay('2026-11-11', {
      prompts: [{ id: 'bad-drain', answer: 'Calibration meetings drained me' }],
    });
    const matches = matchEntry(entry, 'calibration');
    expect(matches.map((match) => match.field)).toEqual([
      // "Performance and calibration", one of the day's activities.
      { kind: 'activities' },
      { kind: 'answer', promptId: 'bad-drain' },
      { kind: 'notes' },
      { kind: 'tags' },
    ]);
    const tags = matches[3]?.snippet;
    expect(tags && marked(tags.text, tags.ranges)).toEqual(['calibration']);
  });

  it('finds what was chosen by its name: the day kind, an activity, the best moment’s kind', () => {
    const entry = goodDay('2026-11-12', { notes: '', tags: [], highlight: { kind: 'bad-idea-stopped', text: '' } });
    const fields = (query: string) => matchEntry(entry, query).map((match) => match.field.kind);
    expect(fields('design doc')).toEqual(['activities']);
    expect(fields('good day')).toEqual(['day']);
    expect(fields('stopped')).toEqual(['highlightKind']);
    const custom = [{ id: 'custom-vendor-calls', label: 'Vendor calls', lean: 'neutral' as const, createdAt: '' }];
    const own = goodDay('2026-11-12', { activities: [{ id: 'custom-vendor-calls', feel: 1 }] });
    expect(matchEntry(own, 'vendor', custom).map((match) => match.field.kind)).toEqual(['activities']);
  });

  it('matches nothing for an empty query', () => {
    expect(matchEntry(goodDay('2026-11-12'), ' ')).toEqual([]);
  });
});

describe('splitAtRanges', () => {
  it('cuts text into marked and unmarked parts that join back into it', () => {
    expect(splitAtRanges('a calm day', [{ start: 2, end: 6 }])).toEqual([
      { text: 'a ', match: false },
      { text: 'calm', match: true },
      { text: ' day', match: false },
    ]);
  });
});

describe('properties', () => {
  const alphabet = fc.constantFrom(...Array.from('aAbBeéÉ ç\u0301\n#-🎉Σς한'));
  const text = fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join(''));
  const query = fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));

  it('every reported range really contains a word of the query', () => {
    fc.assert(
      fc.property(text, query, (haystack, needle) => {
        const words = parseQuery(needle);
        for (const range of findMatches(haystack, words)) {
          expect(range.start).toBeLessThan(range.end);
          const folded = foldText(haystack.slice(range.start, range.end));
          expect(words.some((word) => folded.includes(word))).toBe(true);
        }
      }),
    );
  });

  it('finds a match in the text exactly when the folded text contains a word', () => {
    fc.assert(
      fc.property(text, query, (haystack, needle) => {
        const words = parseQuery(needle);
        const folded = foldText(haystack);
        expect(findMatches(haystack, words).length > 0).toBe(words.some((word) => folded.includes(word)));
      }),
    );
  });

  it('snippet ranges stay inside the snippet and mark the same words', () => {
    fc.assert(
      fc.property(text, query, fc.integer({ min: 10, max: 80 }), (haystack, needle, maxChars) => {
        const words = parseQuery(needle);
        const snippet = makeSnippet(haystack, findMatches(haystack, words), maxChars);
        expect(snippet.text.length).toBeLessThanOrEqual(maxChars);
        for (const { start, end } of snippet.ranges) {
          expect(0 <= start && start < end && end <= snippet.text.length).toBe(true);
        }
        expect(
          splitAtRanges(snippet.text, snippet.ranges)
            .map((part) => part.text)
            .join(''),
        ).toBe(snippet.text);
      }),
    );
  });
});
