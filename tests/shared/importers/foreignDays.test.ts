import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../renderer/src/bridge/browserFiles';
import {
  activityIdFor,
  addToDay,
  cleanTag,
  dayContentSchema,
  defaultMapping,
  foreignDays,
  planImportFrom,
  readSource,
  resolveImport,
  stripControlChars,
  tagSchema,
  type DayFileResult,
  type ForeignEntry,
  type ForeignParse,
} from '../../../shared';
import { entryFixture, FIXTURE_NOW } from '../../fixtures/entries';
import { fixtureFiles } from '../../helpers/importFixtures';

const days = (results: DayFileResult[]) => results.flatMap((result) => (result.status === 'day' ? [result] : []));

const daylio = () => readSource(fixtureFiles('daylio'), { decode: decodeText });

describe('days from another app’s entries', () => {
  it('maps Daylio moods to day kinds by default and by the user’s choice; several kinds make a mixed day', () => {
    const parse = daylio();
    const mapping = defaultMapping(parse);
    expect(mapping.moods).toEqual({ rad: 'good', awful: 'bad', meh: 'mixed', focused: null });
    const byDefault = days(foreignDays(parse, mapping));
    expect(byDefault.map((day) => [day.content.date, day.content.dayKind])).toEqual([
      ['2024-04-02', 'mixed'],
      ['2024-04-01', 'mixed'],
    ]);
    const chosen = days(foreignDays(parse, { ...mapping, moods: { ...mapping.moods, awful: null, focused: 'mixed' } }));
    expect(chosen.map((day) => day.content.dayKind)).toEqual(['good', 'mixed']);
  });

  it('merges a date’s entries in time order, each under its time, with activities unrated on the path chosen', () => {
    const parse = daylio();
    const mapping = defaultMapping(parse);
    mapping.activities['design review'] = 'architecture';
    const [day] = days(foreignDays(parse, mapping));
    expect(day?.content.notes).toBe(
      '**08:05**\n\n**21:10 · Shipped**\n\nArchitecture review went well.\nTeam agreed on the event log.',
    );
    expect(day?.content.activities).toEqual([
      { id: 'custom-on-call', feel: null },
      { id: 'custom-design-review', feel: null },
      { id: 'custom-pairing', feel: null },
    ]);
    expect(day?.hints).toContainEqual({ id: 'custom-design-review', label: 'design review', lean: 'architecture' });
    expect(day?.hints).toContainEqual({ id: 'custom-pairing', label: 'pairing', lean: 'neutral' });
  });

  it('invents nothing: a day without a mood has no kind, no energy, no answers', () => {
    const [day] = days(
      foreignDays(readSource(fixtureFiles('jrnl'), { decode: decodeText }), { moods: {}, activities: {} }),
    );
    expect(day?.content).toMatchObject({ dayKind: null, energy: null, prompts: [], timing: null, motive: null });
    expect(day?.content.tags).toEqual(['oncall', 'design', 'starred']);
  });

  it('adds to a day the journal holds, removing nothing, and finds it the same when imported again', () => {
    const parse = readSource(fixtureFiles('jrnl'), { decode: decodeText });
    const mine = entryFixture('2024-01-15', { dayKind: 'good', notes: 'My own words.', tags: ['mine'] });
    const preview = planImportFrom({
      results: foreignDays(parse, defaultMapping(parse), new Map([[mine.date, mine]])),
      current: [mine],
      now: FIXTURE_NOW,
    });
    expect(preview.conflicts.map((day) => [day.date, day.differences])).toEqual([['2024-01-15', ['notes', 'tags']]]);
    const theirs = preview.conflicts[0]?.theirs;
    expect(theirs?.notes.startsWith('My own words.\n\n**07:40 · Paged at 3am.**')).toBe(true);
    expect(theirs?.dayKind).toBe('good');
    expect(theirs?.tags).toEqual(['mine', 'oncall', 'design', 'starred']);
    const write = resolveImport(preview, new Map([['2024-01-15', 'theirs']]), [], FIXTURE_NOW);
    const after = write.entries.find((entry) => entry.date === mine.date);
    if (!after) throw new Error('the day was not written');
    const again = planImportFrom({
      results: foreignDays(parse, defaultMapping(parse), new Map([[after.date, after]])),
      current: [after],
      now: FIXTURE_NOW,
    });
    expect(again.unchanged.map((day) => day.date)).toEqual(['2024-01-15']);
    expect(again.conflicts).toEqual([]);
  });

  it('lists a day that would not fit, rather than cutting it', () => {
    const long: ForeignParse = {
      source: 'jrnl',
      entries: [entry({ text: 'x'.repeat(1_000_001) })],
      problems: [],
      warnings: [],
    };
    expect(foreignDays(long, { moods: {}, activities: {} })).toEqual([
      { status: 'failed', name: 'j.json', reason: '(2024-01-01): notes is longer than 1,000,000 characters' },
    ]);
  });
});

function entry(overrides: Partial<ForeignEntry>): ForeignEntry {
  return {
    date: '2024-01-01',
    time: null,
    title: '',
    text: '',
    tags: [],
    starred: false,
    mood: null,
    activities: [],
    origin: 'j.json, entry 1',
    createdAt: null,
    ...overrides,
  };
}

const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const foreignEntry = fc.record({
  date: fc.constantFrom('2024-01-01', '2024-01-02', '2024-02-29'),
  time: fc.option(time, { nil: null }),
  title: fc.string({ maxLength: 30 }),
  text: fc.string({ maxLength: 200 }),
  tags: fc.array(fc.string({ maxLength: 50 }), { maxLength: 8 }),
  starred: fc.boolean(),
  mood: fc.option(fc.constantFrom('rad', 'good', 'meh', 'bad', 'awful', 'Tired'), { nil: null }),
  activities: fc.array(fc.string({ minLength: 1, maxLength: 70 }), { maxLength: 8 }),
  origin: fc.constant('x.json, entry 1'),
  createdAt: fc.constant(null),
});

describe('days from any entries (properties)', () => {
  it('every day is a valid entry, one per date, with every entry’s words in its notes', () => {
    fc.assert(
      fc.property(fc.array(foreignEntry, { maxLength: 12 }), (entries) => {
        const parse: ForeignParse = { source: 'daylio', entries, problems: [], warnings: [] };
        const results = days(foreignDays(parse, defaultMapping(parse)));
        expect(new Set(results.map((day) => day.content.date)).size).toBe(results.length);
        expect(new Set(results.map((day) => day.content.date))).toEqual(new Set(entries.map((item) => item.date)));
        for (const day of results) {
          expect(dayContentSchema.safeParse(day.content).success).toBe(true);
          expect(day.content.activities.every((activity) => activity.feel === null)).toBe(true);
          for (const item of entries.filter((candidate) => candidate.date === day.content.date)) {
            const words = stripControlChars(item.text).trim();
            if (words && !words.includes('\r')) expect(day.content.notes).toContain(words);
          }
        }
      }),
    );
  });

  it('a cleaned tag is always a tag Forkcast stores, or empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (raw) => {
        const tag = cleanTag(raw);
        expect(tag === '' || tagSchema.safeParse(tag).success).toBe(true);
      }),
    );
  });

  it('an activity name always gives a custom id, the same for the same name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), (name) => {
        expect(activityIdFor(name)).toMatch(/^custom-[a-z0-9-]{1,60}$/);
        expect(activityIdFor(name)).toBe(activityIdFor(name));
      }),
    );
  });

  it('adding the same import twice adds nothing the second time', () => {
    fc.assert(
      fc.property(
        fc.array(foreignEntry, { minLength: 1, maxLength: 4 }),
        fc.string({ maxLength: 50 }),
        (entries, own) => {
          const one = entries.map((item) => ({ ...item, date: '2024-01-01' }));
          const parse: ForeignParse = { source: 'daylio', entries: one, problems: [], warnings: [] };
          const [day] = days(foreignDays(parse, defaultMapping(parse)));
          if (!day) throw new Error('no day');
          const mine = entryFixture('2024-01-01', { notes: stripControlChars(own).replace(/[\t\r\n]/g, ' ') });
          const once = addToDay(mine, day.content);
          const twice = addToDay({ ...mine, ...once }, day.content);
          expect(twice).toEqual(once);
        },
      ),
    );
  });
});
