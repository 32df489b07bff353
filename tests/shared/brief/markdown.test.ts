import { describe, expect, it } from 'vitest';
import { saveTextRequestSchema } from '../../../shared';
import { briefFileName, briefMarkdown, briefSeries, markdownText } from '../../../shared/brief';
import { buildTrends } from '../../../shared/trends';
import { shiftDate } from '../../../shared';
import { entryFixture } from '../../fixtures/entries';
import { generateJournal } from '../../fixtures/journal';

const journal = generateJournal({ seed: 4, days: 120, persona: 'architect', endDate: '2026-11-20' });
const data = buildTrends(journal, [], { from: '2025-11-21', to: '2026-11-20' });

describe('markdownText', () => {
  it('keeps markup typed by the user as plain characters', () => {
    expect(markdownText('<img src=x onerror=alert(1)> *bold* _em_ [link](x) `code` | pipe & amp #tag ~x~')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\*bold\\* \\_em\\_ \\[link\\](x) \\`code\\` \\| pipe \\& amp \\#tag \\~x\\~',
    );
  });

  it('keeps a highlight on one line and stops it from starting a list', () => {
    expect(markdownText('  - first\n\n> second  ')).toBe('\\- first \\> second');
    expect(markdownText('1. Ship it.')).toBe('1\\. Ship it.');
    expect(markdownText('+ more')).toBe('\\+ more');
    expect(markdownText('Back\\slash, plain punctuation (fine).')).toBe('Back\\\\slash, plain punctuation (fine).');
  });
});

describe('briefMarkdown', () => {
  const markdown = briefMarkdown(data, '2026-11-20');

  it('has every section of the brief, in order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Decision brief: management or architecture',
      '## The lean',
      '## What would change this picture',
      '## What goes with good days',
      '## What goes with bad days',
      '## The worst-hour test',
      '## When you join the conversation',
      '## In your own words',
      '## The lean over time',
      '## How to read these numbers',
    ]);
    expect(markdown).toContain('Range: 21 Nov 2025 – 20 Nov 2026 · 120 days written · prepared Fri, 20 Nov 2026');
    expect(markdown).toContain(`**${data.headline.title}**\n\n${data.headline.sentence}`);
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown).not.toMatch(/\n{3,}/);
  });

  it('lists the drivers with their counts and plausible range against the usual rate', () => {
    // Design work on every good day, a hiring loop on every bad one: both beyond chance.
    const days = Array.from({ length: 40 }, (_, i) =>
      entryFixture(shiftDate('2026-10-01', i), {
        dayKind: i % 2 ? 'bad' : 'good',
        activities: [{ id: i % 2 ? 'hiring' : 'design-doc', feel: i % 2 ? -1 : 2 }],
      }),
    );
    const text = briefMarkdown(buildTrends(days, [], { from: null, to: '2026-11-20' }), '2026-11-20');
    expect(text).toMatch(
      /- Design doc \(system work\): good on 20 of 20 days \(100%, plausible range \d+–100%\), against 50% of all your rated days/,
    );
    expect(text).toMatch(/- Hiring loop \(people work\): bad on 20 of 20 days \(100%, plausible range \d+–100%\)/);
  });

  it('quotes highlights with their dates', () => {
    const [quote] = data.highlights;
    if (!quote) throw new Error('The journal should have highlights.');
    expect(markdown).toContain(`> ${markdownText(quote.text)}\n> — `);
    expect(markdown).toContain(`${data.highlights.length} of your ${data.highlightCount} highlights`);
  });

  it('tabulates the latest periods of the lean', () => {
    const table = markdown.slice(markdown.indexOf('## The lean over time'));
    const rows = briefSeries(data, 12).filter((row) => row.pathEntries > 0);
    expect(table).toContain('| Month | Lean | Plausible range | Reads as | Days with path work |');
    expect(table.split('\n').filter((line) => /^\| \w{3,4} \d{4} \|/.test(line))).toHaveLength(rows.length);
  });

  it('escapes what the user wrote and nothing else', () => {
    const hostile = buildTrends(
      [entryFixture('2026-11-20', { highlight: { kind: null, text: '<script>alert(1)</script> **loud**' } })],
      [],
      { from: '2026-11-01', to: '2026-11-20' },
    );
    const text = briefMarkdown(hostile, '2026-11-20');
    expect(text).toContain('> \\<script\\>alert(1)\\</script\\> \\*\\*loud\\*\\*');
    expect(text).not.toContain('<script>');
    expect(text).toContain('**Too early to tell**');
    expect(text).toContain('No activity has enough rated days to compare yet');
    expect(text).toContain('No period in this range has people or system work logged yet.');
  });
});

describe('briefFileName', () => {
  it('names the range and passes the bridge’s file-name check', () => {
    const name = briefFileName(data, 'md');
    expect(name).toBe('forkcast-brief-2025-11-21-to-2026-11-20.md');
    expect(saveTextRequestSchema.shape.suggestedName.safeParse(name).success).toBe(true);
    expect(briefFileName({ range: { from: null, to: '2026-11-20' } }, 'pdf')).toBe('forkcast-brief-2026-11-20.pdf');
  });
});
