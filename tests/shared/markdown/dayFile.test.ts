import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDayFile, renderDayFile, type DayFileResult, type Entry } from '../../../shared';
import { badDay, goodDay } from '../../fixtures/entries';

const day = (text: string, name = '2026/2026-11-20.md') => parseDayFile({ name, text });

function expectDay(result: DayFileResult) {
  if (result.status !== 'day') throw new Error(`expected a day, got ${JSON.stringify(result)}`);
  return result;
}

function expectFailure(result: DayFileResult): string {
  if (result.status !== 'failed') throw new Error(`expected a failure, got ${result.status}`);
  return result.reason;
}

const withAnswers: Entry = goodDay('2026-11-20', {
  prompts: [
    { id: 'good-best-hour', answer: 'The design review.\n\n## Notes\nstill the answer' },
    { id: 'any-surprise', answer: '' },
  ],
  worstDay: { management: 'no', architecture: 'unsure' },
  motive: 'leverage',
  promptShuffle: 2,
});

describe('renderDayFile', () => {
  it('writes front matter any YAML library reads, and a readable body', () => {
    const text = renderDayFile(withAnswers, [
      { id: 'custom-x', label: 'X', lean: 'neutral', createdAt: '2026-01-01T00:00:00.000Z' },
    ]);
    const [, front = '', body = ''] = text.split(/^---$/m);
    expect(parse(front, { version: '1.1' })).toMatchObject({
      date: '2026-11-20',
      dayKind: 'good',
      energy: 4,
      worstDayManagement: 'no',
      activities: [
        { id: 'design-doc', feel: 2, path: 'architecture', label: 'Design doc' },
        { id: 'coding', feel: 1, path: 'neutral', label: 'Coding' },
      ],
      prompts: ['good-best-hour', 'any-surprise'],
      promptShuffle: 2,
      revision: 1,
    });
    expect(body).toContain('# Friday 20 November 2026');
    expect(body).toContain(
      '## Which hour of today would you happily repeat tomorrow? What were you doing?\n\nThe design review.',
    );
    // An answer line that would read as a heading is escaped, so it shows as text.
    expect(body).toContain('\n\\## Notes\nstill the answer');
    expect(body.endsWith('## Notes\n\nA calm day of design work.\n')).toBe(true);
  });

  it('writes an unrated activity without a feel, and a neutral one with feel 0', () => {
    const text = renderDayFile(
      goodDay('2026-11-20', {
        activities: [
          { id: 'spike', feel: null },
          { id: 'coding', feel: 0 },
        ],
      }),
    );
    const [, front = ''] = text.split(/^---$/m);
    expect((parse(front) as { activities: unknown }).activities).toEqual([
      { id: 'spike', path: 'architecture', label: 'Spike or prototype' },
      { id: 'coding', feel: 0, path: 'neutral', label: 'Coding' },
    ]);
    expect(expectDay(day(text)).content.activities).toEqual([
      { id: 'spike', feel: null },
      { id: 'coding', feel: 0 },
    ]);
  });

  it('puts the best moment under its own heading, keeping the front matter to fields', () => {
    const text = renderDayFile(
      goodDay('2026-11-20', {
        highlight: { kind: 'design-clicked', text: '\tFirst line.\n## Best moment\n---\nkey: value' },
      }),
    );
    expect(text).toContain('highlight: design-clicked\n');
    expect(text).not.toContain('highlightText');
    expect(text).toContain('\n## Best moment\n\n\tFirst line.\n\\## Best moment\n----\nkey: value\n\n## Notes\n');
    expect(expectDay(day(text)).content.highlight.text).toBe('\tFirst line.\n## Best moment\n---\nkey: value');
  });

  it('writes a rule line that text follows with one hyphen more, and reads it back', () => {
    const notes = '---\ntext right below\n\n----\n\n---\n\nend\n-----\nx';
    const text = renderDayFile(goodDay('2026-11-20', { notes }));
    expect(text.endsWith('## Notes\n\n----\ntext right below\n\n----\n\n---\n\nend\n------\nx\n')).toBe(true);
    expect(expectDay(day(text)).content.notes).toBe(notes);
  });

  it('leaves empty fields out of the front matter', () => {
    const text = renderDayFile(
      badDay('2026-11-20', { activities: [], tags: [], worstDay: { management: null, architecture: null } }),
    );
    expect(text).not.toMatch(/^(activities|tags|motive|highlight|worstDay\w*|prompts|promptShuffle):/m);
  });
});

describe('parseDayFile tolerates hand edits', () => {
  const exported = renderDayFile(withAnswers);
  const { createdAt: _c, updatedAt: _u, revision: _r, ...content } = withAnswers;

  it('reads Windows line endings and a byte order mark', () => {
    expect(expectDay(day(`\uFEFF${exported.replace(/\n/g, '\r\n')}`)).content).toEqual(content);
  });

  it('takes missing optional fields as empty, and the date from the file name', () => {
    const result = expectDay(day('---\ndayKind: mixed\n---\nJust a few words.\n'));
    expect(result.content).toMatchObject({ date: '2026-11-20', dayKind: 'mixed', energy: null, prompts: [], tags: [] });
    expect(result.content.notes).toBe('Just a few words.');
    expect(result.meta).toEqual({});
  });

  it('reports fields it does not know, and imports the rest', () => {
    const result = expectDay(day(exported.replace('energy: 4', 'energy: 4\nmood: sunny\nweather: rain')));
    expect(result.content).toEqual(content);
    expect(result.warnings).toEqual(['mood, weather are not fields Forkcast knows, so they were left out']);
  });

  it('reads what YAML editors commonly write instead', () => {
    const result = expectDay(
      day('---\ndate: 2026-11-20\nworstDayManagement: false\ntags: "#design, review"\nactivities:\n  - coding\n---\n'),
    );
    expect(result.content).toMatchObject({
      worstDay: { management: 'no', architecture: null },
      tags: ['design', 'review'],
      activities: [{ id: 'coding', feel: null }],
    });
  });

  it('reads an activity without a feel, or with `feel: null`, as unrated, never as neutral', () => {
    const result = expectDay(
      day(
        '---\nactivities:\n  - id: coding\n  - id: spike\n    feel: null\n  - id: design-doc\n    feel: 0\n  - one-on-ones\n---\n',
      ),
    );
    expect(result.content.activities).toEqual([
      { id: 'coding', feel: null },
      { id: 'spike', feel: null },
      { id: 'design-doc', feel: 0 },
      { id: 'one-on-ones', feel: null },
    ]);
  });

  it('keeps text written above the first heading, in the notes', () => {
    const result = expectDay(day(exported.replace('# Friday 20 November 2026', 'Remember this.')));
    expect(result.content.notes).toBe('Remember this.\n\nA calm day of design work.');
    expect(result.warnings).toEqual(['text above the first heading was added to the notes']);
  });

  it('reads the best moment from the front matter of files written before it moved to the body', () => {
    const result = expectDay(
      day('---\nhighlight: design-clicked\nhighlightText: "It clicked."\n---\n\n## Notes\n\nx\n'),
    );
    expect(result.content.highlight).toEqual({ kind: 'design-clicked', text: 'It clicked.' });
    expect(result.content.notes).toBe('x');
  });

  it('ignores the index file', () => {
    expect(day('# Forkcast journal\n', 'index.md').status).toBe('ignored');
  });
});

describe('parseDayFile refuses bad files with a reason', () => {
  it.each([
    ['malformed YAML', day('---\ndate: [2026-11-20\n---\n'), /^its front matter is not valid YAML: .*\(line \d+\)$/],
    [
      'a repeated field',
      day('---\nenergy: 3\nenergy: 4\n---\n'),
      'its front matter is not valid YAML: Map keys must be unique (line 3)',
    ],
    [
      'a repeated field inside an activity',
      day('---\nactivities:\n  - id: coding\n    feel: 1\n    feel: 2\n---\n'),
      'its front matter is not valid YAML: Map keys must be unique (line 5)',
    ],
    [
      'a huge front matter, before parsing it',
      day(`---\n${Array.from({ length: 64_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n---\n`),
      'has a front matter of 873,779 characters, more than the 65,536 Forkcast reads',
    ],
    ['a wrong type', day('---\nenergy: high\n---\n'), 'energy should be a whole number from 1 to 5, not "high"'],
    ['an energy out of range', day('---\nenergy: 7\n---\n'), 'energy should be a whole number from 1 to 5, not 7'],
    ['a wrong day kind', day('---\ndayKind: great\n---\n'), 'dayKind should be good, mixed or bad, not "great"'],
    [
      'a wrong feel',
      day('---\nactivities:\n  - id: coding\n    feel: 5\n---\n'),
      /^activities item 1 should be a list of activities/,
    ],
    ['a bad tag', day('---\ntags:\n  - two words\n---\n'), 'tags item 1 may not contain spaces, commas or #'],
    [
      'an impossible date in the name',
      day('---\n---\n', '2026/2026-02-30.md'),
      'is named after 2026-02-30, which is not a real calendar date',
    ],
    [
      'an impossible date inside',
      day('---\ndate: 2026-02-30\n---\n', '2026-02-28.md'),
      'has the date 2026-02-30, which is not a real calendar date',
    ],
    [
      'a name that does not match the date',
      day('---\ndate: 2026-11-21\n---\n'),
      'is named after 2026-11-20 but its date is 2026-11-21',
    ],
    ['a name that is not a day', day('---\n---\n', 'notes/ideas.md'), /^is not named after a day/],
    ['no front matter', day('# Just markdown\n'), /^has no front matter/],
    ['unclosed front matter', day('---\ndate: 2026-11-20\n'), /^has front matter that is never closed/],
    ['a list as front matter', day('---\n- a\n- b\n---\n'), /^its front matter should be lines of `name: value`/],
    [
      'a missing prompt heading',
      day('---\nprompts:\n  - any-surprise\n---\n\n## Notes\n\nx\n'),
      /^has no “## What surprised you today\?” heading/,
    ],
    [
      'a prompt listed twice',
      day('---\nprompts:\n  - any-surprise\n  - any-surprise\n---\n'),
      'lists a prompt twice in prompts',
    ],
    [
      'control characters',
      day('---\nhighlightText: "bell \\u0007"\n---\n'),
      'highlightText contains control characters',
    ],
  ])('%s', (_, result, reason) => {
    const message = expectFailure(result);
    if (typeof reason === 'string') expect(message).toBe(reason);
    else expect(message).toMatch(reason);
  });
});
