import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseDayFile, planImport, renderDayFile, type DayFileResult, type Entry } from '../../../shared';
import { FIXTURE_NOW, goodDay } from '../../fixtures/entries';

/**
 * Item 10 of issue 16: flat properties beside the nested activities, for
 * Obsidian's Properties panel and Dataview. They are summaries: the import
 * reads the activities, and says so for a day whose summaries were edited.
 */

const name = '2026/2026-11-20.md';
const mixedDay: Entry = goodDay('2026-11-20', {
  activities: [
    { id: 'one-on-ones', feel: 2 },
    { id: 'hiring', feel: -1 },
    { id: 'performance', feel: 1 },
    { id: 'design-doc', feel: -1 },
    { id: 'spike', feel: null },
    { id: 'coding', feel: 2 },
    { id: 'custom-pairing', feel: 1 },
  ],
  tags: ['design', 'hiring'],
});

const frontOf = (text: string) => text.slice(4, text.indexOf('\n---\n', 4) + 1);
const fieldsOf = (text: string) => parse(frontOf(text), { version: '1.2' }) as Record<string, unknown>;

function expectDay(result: DayFileResult) {
  if (result.status !== 'day') throw new Error(`expected a day, got ${JSON.stringify(result)}`);
  return result;
}

/** The file with one front matter line replaced, as an edit in Obsidian's Properties panel would. */
function edited(text: string, from: RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${String(from)} is not in the file`);
  return next;
}

describe('flat properties in day files', () => {
  it('sum up each path’s feel and name every activity, at the top level', () => {
    const fields = fieldsOf(renderDayFile(mixedDay));
    // Management: 2, -1 and 1 average 0.7 to one decimal; architecture has one rated activity (the spike is unrated).
    expect(fields).toMatchObject({
      feelManagement: 0.7,
      feelArchitecture: -1,
      activityNames: [
        '1:1s',
        'Hiring loop',
        'Performance and calibration',
        'Design doc',
        'Spike or prototype',
        'Coding',
        // A custom activity the file cannot name is listed by its id.
        'custom-pairing',
      ],
      tags: ['design', 'hiring'],
      dayKind: 'good',
    });
    // The nested block stays as it was, after the summaries.
    const keys = Object.keys(fields);
    expect(keys.indexOf('activityNames')).toBeLessThan(keys.indexOf('activities'));
    expect(fields.activities).toContainEqual({ id: 'one-on-ones', feel: 2, path: 'management', label: '1:1s' });
  });

  it('leave out the feel of a path with no rated activity, and everything for a day without activities', () => {
    const unrated = fieldsOf(
      renderDayFile(
        goodDay('2026-11-20', {
          activities: [
            { id: 'spike', feel: null },
            { id: 'hiring', feel: 0 },
          ],
        }),
      ),
    );
    expect(unrated.feelManagement).toBe(0);
    expect(unrated).not.toHaveProperty('feelArchitecture');
    const empty = fieldsOf(renderDayFile(goodDay('2026-11-20', { activities: [] })));
    for (const key of ['feelManagement', 'feelArchitecture', 'activityNames', 'activities']) {
      expect(empty).not.toHaveProperty(key);
    }
  });

  it('use a custom activity’s own name and path', () => {
    const custom = [
      { id: 'custom-pairing', label: 'Pairing  with\ta junior', lean: 'management' as const, createdAt: '' },
    ];
    const fields = fieldsOf(renderDayFile(mixedDay, custom));
    expect(fields.activityNames).toContain('Pairing with a junior');
    expect(fields.feelManagement).toBe(0.8);
  });

  it('are read back as summaries: a file as written has nothing to report', () => {
    const day = expectDay(parseDayFile({ name, text: renderDayFile(mixedDay) }));
    expect(day.flatEdits).toBeUndefined();
    expect(day.warnings).toEqual([]);
  });

  it('report a feel edited in another app for that day, and take the activities', () => {
    const text = edited(renderDayFile(mixedDay), /^feelArchitecture: -1$/m, 'feelArchitecture: 2');
    const day = expectDay(parseDayFile({ name, text }));
    expect(day.flatEdits).toEqual(['feelArchitecture is 2, but its activities list gives -1']);
    expect(day.content.activities).toEqual(mixedDay.activities);
    expect(day.warnings).toEqual([]);
  });

  it('report a feel given to a path that has no rated activity, and a feel that is not a number', () => {
    const added = edited(renderDayFile(mixedDay), /^activityNames:$/m, 'feelArchitecture: high\nactivityNames:');
    expect(() => parseDayFile({ name, text: added })).not.toThrow();
    const text = edited(
      renderDayFile(goodDay('2026-11-20', { activities: [{ id: 'coding', feel: 1 }] })),
      /^activityNames:$/m,
      'feelManagement: 1\nfeelArchitecture: high\nactivityNames:',
    );
    expect(expectDay(parseDayFile({ name, text })).flatEdits).toEqual([
      'feelManagement is 1, but no rated management activity in its activities list gives it a feel',
      'feelArchitecture is “high”, but no rated architecture activity in its activities list gives it a feel',
    ]);
  });

  it('report activity names added or removed, but not a new order or a removed property', () => {
    const written = renderDayFile(goodDay('2026-11-20'));
    const added = edited(written, /^ {2}- Coding$/m, '  - Coding\n  - Hiring loop');
    expect(expectDay(parseDayFile({ name, text: added })).flatEdits).toEqual([
      'activityNames lists “Design doc”, “Coding”, “Hiring loop”, but its activities list has “Design doc”, “Coding”',
    ]);
    const reordered = edited(written, /^ {2}- Design doc\n {2}- Coding$/m, '  - Coding\n  - Design doc');
    expect(expectDay(parseDayFile({ name, text: reordered })).flatEdits).toBeUndefined();
    const removed = edited(written, /^activityNames:\n( {2}- .*\n)+/m, '').replace(/^feel\w+: .*\n/gm, '');
    expect(fieldsOf(removed)).not.toHaveProperty('activityNames');
    expect(expectDay(parseDayFile({ name, text: removed })).flatEdits).toBeUndefined();
  });

  it('still read a front matter Obsidian wrote again in its own style', () => {
    const written = renderDayFile(mixedDay);
    const fields = fieldsOf(written);
    // Obsidian rewrites the whole front matter when a property is edited: its own quoting and indentation.
    const rewritten = `---\n${stringify({ ...fields, feelManagement: 1.5 }, { indentSeq: false })}---${written.slice(written.indexOf('\n---\n', 4) + 4)}`;
    const day = expectDay(parseDayFile({ name, text: rewritten }));
    expect(day.content.activities).toEqual(mixedDay.activities);
    expect(day.flatEdits).toEqual(['feelManagement is 1.5, but its activities list gives 0.7']);
  });

  it('are not needed: a file from before them imports the same day, with nothing to report', () => {
    const written = renderDayFile(mixedDay);
    const old = written.replace(/^feel\w+: .*\n/gm, '').replace(/^activityNames:\n( {2}- .*\n)+/m, '');
    expect(old).not.toMatch(/feelManagement|activityNames/);
    const before = expectDay(parseDayFile({ name, text: old }));
    const now = expectDay(parseDayFile({ name, text: written }));
    expect(before).toEqual(now);
  });

  it('reach the import preview for the day whose summaries were edited', () => {
    const text = edited(renderDayFile(mixedDay), /^feelManagement: 0.7$/m, 'feelManagement: -2');
    const preview = planImport({ files: [{ name, text }], current: [mixedDay], now: FIXTURE_NOW });
    expect(preview.unchanged.map((day) => day.date)).toEqual(['2026-11-20']);
    expect(preview.flatEdits).toEqual([
      { date: '2026-11-20', file: name, edits: ['feelManagement is -2, but its activities list gives 0.7'] },
    ]);
  });
});
