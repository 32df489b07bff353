import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../renderer/src/bridge/browserFiles';
import { readSource, SourceError, type SourceFile } from '../../../shared';
import { fixtureFiles } from '../../helpers/importFixtures';

const read = (files: SourceFile[], dailyNoteFormat?: string) =>
  readSource(files, { decode: decodeText, dailyNoteFormat });
const file = (name: string, text: string): SourceFile => ({ name, bytes: strToU8(text) });

describe('reading a Day One export', () => {
  const json = fixtureFiles('dayone');
  const journal = json[0]?.bytes ?? new Uint8Array();
  const zip = (): SourceFile => ({
    name: 'Export.zip',
    bytes: zipSync({
      'Journal.json': journal,
      'photos/0f343b0931126a20f133d67c2b018a3b.jpeg': new Uint8Array([1, 2, 3]),
    }),
  });

  it('places each entry on the local date of its own time zone', () => {
    const parse = read([zip()]);
    expect(parse.source).toBe('dayone');
    // 23:30 UTC on 4 March is 15:30 in Los Angeles; 16:45 UTC on 5 March is 17:45 in Berlin.
    expect(parse.entries.map((entry) => [entry.date, entry.time])).toEqual([
      ['2024-03-04', '15:30'],
      ['2024-03-05', '09:15'],
      ['2024-03-05', '17:45'],
    ]);
  });

  it('keeps text without Day One escapes or photo links, tags and stars, and lists what it left out', () => {
    const parse = read([zip()]);
    const [first] = parse.entries;
    expect(first?.text).toBe(
      'Reviewed the queue design with the platform group. Nobody else had read the RFC.\n\n\nPoints:\n1. back-pressure\n2. retries',
    );
    expect(first?.tags).toEqual(['work', 'Architecture Review']);
    expect(first?.starred).toBe(true);
    expect(first?.createdAt).toBe('2024-03-04T23:30:00.000Z');
    expect(parse.problems).toEqual([
      { name: 'Export.zip/Journal.json, entry 4', reason: expect.stringContaining('creationDate') },
    ]);
    expect(parse.warnings).toEqual([
      { name: 'Export.zip/Journal.json', message: '1 photo or media link was left out; Forkcast keeps text only' },
    ]);
  });

  it('reads the JSON alone too, and refuses a truncated one with a reason', () => {
    expect(read(json).entries).toHaveLength(3);
    const cut = { name: 'Journal.json', bytes: journal.slice(0, 300) };
    expect(read([cut]).problems).toEqual([
      { name: 'Journal.json', reason: expect.stringMatching(/^is not whole JSON .*cut short$/) },
    ]);
    expect(read([cut]).entries).toEqual([]);
  });

  it('refuses a zip whose journal would unpack to more than it reads, before inflating it', () => {
    const big = new Uint8Array(65 * 1024 * 1024).fill(32);
    const bomb = zipSync({ 'Journal.json': big }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => read([{ name: 'Export.zip', bytes: bomb }])).toThrow(SourceError);
    expect(() => read([{ name: 'Export.zip', bytes: bomb }])).toThrow(/would unpack to 65 MB/);
  });
});

describe('reading a jrnl export', () => {
  it('reads dates, times, titles, bodies, tags and stars, listing a row with an impossible date', () => {
    const parse = read(fixtureFiles('jrnl'));
    expect(parse.source).toBe('jrnl');
    expect(parse.entries.map((entry) => [entry.date, entry.time, entry.title, entry.tags, entry.starred])).toEqual([
      ['2024-01-15', '07:40', 'Paged at 3am.', ['@oncall'], false],
      ['2024-01-15', '17:05', 'Whiteboard afternoon.', ['@design', '@oncall'], true],
      ['2024-01-16', '21:00', 'Quiet day.', [], false],
    ]);
    expect(parse.problems).toEqual([{ name: 'jrnl/journal.json, entry 4', reason: 'has date that is not a date' }]);
  });
});

describe('reading a Daylio export', () => {
  it('reads each row with its mood, activities, title and note, and lists a row it cannot place', () => {
    const parse = read(fixtureFiles('daylio'));
    expect(parse.source).toBe('daylio');
    expect(parse.entries.map((entry) => [entry.date, entry.time, entry.mood, entry.activities])).toEqual([
      ['2024-04-02', '21:10', 'rad', ['design review', 'pairing']],
      ['2024-04-02', '08:05', 'awful', ['on-call']],
      ['2024-04-01', '18:30', 'meh', ['1:1s', 'hiring']],
      ['2024-04-01', '07:00', 'focused', []],
    ]);
    expect(parse.entries[0]?.text).toBe('Architecture review went well.\nTeam agreed on the event log.');
    expect(parse.entries[2]?.text).toBe('Five interviews, one "strong yes".');
    expect(parse.problems).toEqual([
      { name: 'daylio/daylio_export.csv, row 6', reason: 'has “2024-13-01” as its full_date, which is not a date' },
    ]);
  });

  it('refuses a file missing Daylio columns, or cut inside a quote, naming what is wrong', () => {
    expect(read([file('daylio.csv', 'full_date,mood,note\n2024-01-01,good,hi\n')]).problems).toEqual([
      { name: 'daylio.csv', reason: 'lacks the Daylio columns time, activities' },
    ]);
    const cut = read([
      file(
        'daylio.csv',
        'full_date,date,weekday,time,mood,activities,note_title,note\n2024-01-01,x,y,10:00,good,"","","half a no',
      ),
    ]);
    expect(cut.problems).toEqual([
      { name: 'daylio.csv', reason: 'has a quote opened on line 2 that never closes, so the file is cut short' },
    ]);
    expect(cut.entries).toEqual([]);
  });

  it('refuses a file of mixed encodings instead of misreading it', () => {
    const header = strToU8(
      'full_date,date,weekday,time,mood,activities,note_title,note\n2024-01-01,x,y,10:00,good,"","","caf',
    );
    const latin1 = new Uint8Array([...header, 0xe9, 0x22, 0x0a]);
    const parse = read([{ name: 'daylio.csv', bytes: latin1 }]);
    expect(parse.entries).toEqual([]);
    expect(parse.problems).toEqual([{ name: 'daylio.csv', reason: 'is not UTF-8 text' }]);
  });
});

describe('reading a RedNotebook data folder (written by RedNotebook itself)', () => {
  it('reads each day with its text, hashtags, tags and category entries, skipping days with nothing', () => {
    const parse = read(fixtureFiles('rednotebook'));
    expect(parse.source).toBe('rednotebook');
    expect(parse.entries.map((entry) => [entry.date, entry.tags])).toEqual([
      ['2024-02-29', ['architecture', 'review', 'hiring']],
      ['2024-03-01', []],
      ['2024-03-02', []],
    ]);
    expect(parse.entries[0]?.text).toBe(
      'Leap day. Sketched the event-sourcing proposal for the billing team.\n\nFelt like #architecture work; two #review sessions.\n\n- Work: Design review\n- Work: Pairing with Ana',
    );
    expect(parse.entries[1]?.text).toContain('Ünïcödé survives: café, naïve, 日本語.');
    expect(parse.entries[2]?.text).toBe('- Todo: Write the RFC');
    expect(parse.problems).toEqual([]);
  });

  it('lists a month file that is not YAML, and a day that is not in its month', () => {
    const parse = read([
      file('data/2024-02.txt', '30: {text: "no such day"}\n'),
      file('data/2024-03.txt', 'text: [unclosed\n'),
    ]);
    expect(parse.problems).toEqual([
      { name: 'data/2024-02.txt, day 30', reason: 'is not a day of that month with a text' },
      { name: 'data/2024-03.txt', reason: expect.stringMatching(/^is not YAML RedNotebook can have written/) },
    ]);
  });
});

describe('reading Obsidian daily notes', () => {
  it('takes notes named by a date, with front matter and inline tags, and lists other notes', () => {
    const parse = read(fixtureFiles('obsidian'));
    expect(parse.source).toBe('obsidian');
    expect(parse.entries.map((entry) => [entry.date, entry.tags])).toEqual([
      ['2024-03-10', ['planning', 'Q2 roadmap', 'reflection']],
      ['2024-03-11', []],
    ]);
    expect(parse.entries[0]?.text).toBe(
      '# Sunday\n\nDrafted the Q2 roadmap. I enjoyed the trade-offs more than the staffing plan. #reflection\n',
    );
    expect(parse.problems).toEqual([
      { name: 'obsidian/2024/03/Weekly review.md', reason: 'is not named by a date in the format YYYY-MM-DD' },
    ]);
  });

  it('reads the date format the user gives, folders included', () => {
    const notes = [file('vault/2024/03-March/10 Mar 2024.md', 'a'), file('vault/2024/03-March/2024-03-11.md', 'b')];
    const parse = read(notes, 'YYYY/MM-MMMM/DD MMM YYYY');
    expect(parse.entries.map((entry) => entry.date)).toEqual(['2024-03-10']);
    expect(read(notes, 'banana').problems).toEqual([
      { name: 'banana', reason: expect.stringContaining('is not a date format') },
    ]);
  });
});

describe('what was picked', () => {
  it('refuses a pick with nothing to import, or files of two apps', () => {
    expect(() => read([file('photo.jpeg', 'x')])).toThrow(/Nothing picked is an export Forkcast reads/);
    expect(() => read([...fixtureFiles('daylio'), ...fixtureFiles('obsidian')])).toThrow(
      'That pick mixes Daylio and Obsidian daily notes files. Import one app’s export at a time.',
    );
  });

  it('tells Day One from jrnl by content, not by the name', () => {
    const [jrnl] = fixtureFiles('jrnl');
    expect(read([{ bytes: jrnl?.bytes ?? new Uint8Array(), name: 'Journal.json' }]).source).toBe('jrnl');
    expect(read([file('x.json', '{"entries": [{"foo": 1}]}')]).problems).toEqual([
      { name: 'x.json', reason: 'is JSON, but neither a Day One nor a jrnl export' },
    ]);
  });
});
