import { describe, expect, it } from 'vitest';
import { shiftDate, type Entry, type Feel } from '../../../shared';
import { pictureLines } from '../../../shared/brief';
import { buildTrends } from '../../../shared/trends';
import { entryFixture } from '../../fixtures/entries';
import { generateJournal } from '../../fixtures/journal';

const START = '2026-09-01';
const day = (offset: number) => shiftDate(START, offset);
const daily = (count: number, feels: (i: number) => [Feel | null, Feel | null], every = 1): Entry[] =>
  Array.from({ length: count }, (_, i) => {
    const [architecture, management] = feels(i);
    return entryFixture(day(i * every), {
      dayKind: i % 2 ? 'good' : 'bad',
      activities: [
        ...(architecture === null ? [] : [{ id: 'design-doc', feel: architecture }]),
        ...(management === null ? [] : [{ id: 'one-on-ones', feel: management }]),
      ],
    });
  });
const linesFor = (entries: readonly Entry[], to: string) => pictureLines(buildTrends(entries, [], { from: null, to }));

describe('what would change this picture', () => {
  it('names the minimums still missing, with the time they take at the user’s pace', () => {
    // Three days written in the week read as the pace: 7 more days take 17 calendar days.
    const lines = linesFor(
      daily(3, () => [1, 0], 2),
      day(6),
    );
    expect(lines[0]).toBe('Write on 7 more days before a path is named at all (about 2 weeks at your pace).');
    expect(lines[1]).toBe(
      'Rate people work on 2 more days: the lean compares the two kinds of work (5 days at your pace).',
    );
  });

  it('says when a kind of work is missing from the pace, rather than estimating', () => {
    const lines = linesFor(
      daily(20, () => [null, 2]),
      day(19),
    );
    expect(lines).toContain(
      'Rate system work on 5 more days: the lean compares the two kinds of work (none logged in your last weeks, so no estimate at your pace).',
    );
  });

  it('gives the days a lean that holds needs, or says it is too close to even to tell', () => {
    const cycle = (feels: readonly Feel[], i: number): Feel => feels[i % feels.length] ?? 0;
    const subtle = buildTrends(
      daily(24, (i) => [cycle([2, 0, -1, 1], i), cycle([1, -1, 0], i)]),
      [],
      { from: null, to: day(23) },
    );
    const need = subtle.outlook.needs.find((item) => item.kind === 'lean');
    expect(need?.more).toBeGreaterThan(0);
    expect(pictureLines(subtle)[0]).toMatch(
      new RegExp(
        `^If the lean holds at \\+0\\.\\d\\d, about ${need?.more} more days with rated people or system work would take its plausible range clear of zero \\(`,
      ),
    );

    const even = linesFor(
      daily(30, (i) => [i % 2 ? 1 : -1, i % 2 ? -1 : 1]),
      day(29),
    );
    expect(even[0]).toMatch(/^The lean is too close to even to say how many more days would settle it/);
  });

  it('says a clear lean changes only with how the work feels, and still names thin evidence elsewhere', () => {
    const journal = generateJournal({ seed: 4, days: 120, persona: 'architect', endDate: '2026-11-20' });
    const data = buildTrends(journal, [], { from: null, to: '2026-11-20' });
    expect(data.outlook.clear).toBe(true);
    const lines = pictureLines(data);
    expect(lines[0]).toMatch(/^The lean is clear\. Only a change in how the work feels would change it/);
    expect(lines.every((line) => !line.startsWith('Write on'))).toBe(true);
  });
});
