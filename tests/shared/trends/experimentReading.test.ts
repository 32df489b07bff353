import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/entry';
import { buildTrends, readExperiments, type NamedExperiment } from '../../../shared/trends';
import { briefExperimentLines, briefMarkdown } from '../../../shared/brief';
import { experimentDay, workDay } from '../../fixtures/entries';

const day = experimentDay;

/** 42 days before the experiment, then 14 days of it (days 42 to 55). */
const EXPERIMENT: NamedExperiment = { label: 'Design fortnight', start: day(42), end: day(55), focus: 'architecture' };
const journal = (before: (offset: number) => Entry, during: (offset: number) => Entry, days = 56): Entry[] =>
  Array.from({ length: days }, (_, offset) => (offset < 42 ? before(offset) : during(offset)));
const read = (entries: Entry[], to: string, from: string | null = day(42)) =>
  readExperiments(entries, [EXPERIMENT], [], { from, to });

describe('experiment readings', () => {
  it('say which way the lean moved and by how much, with the band, once the experiment has ended', () => {
    const entries = journal(
      (offset) => workDay(offset, -1, 1),
      (offset) => workDay(offset, 2, -1),
    );
    const [reading] = read(entries, day(60));
    expect(reading).toMatchObject({ phase: 'ended', verdict: 'changed', title: 'changed', label: 'Design fortnight' });
    expect(reading?.sentence).toMatch(
      /^Compared with the 42 days before it, the lean moved \+\d\.\d\d toward architecture \((fairly )?confident; plausible range \+\d\.\d\d to \+\d\.\d\d\)/,
    );
    expect(reading?.basis).toContain('During it (');
    expect(reading?.basis).toContain('14 days written, 14 with system work');
  });

  it('call an unchanged experiment “no change detected”, never “no effect”, and wait until it ends', () => {
    const same = (offset: number) => workDay(offset, 1, 0, offset % 2 ? 'good' : 'mixed');
    const entries = journal(same, same);
    const [ended] = read(entries, day(56));
    expect(ended).toMatchObject({ verdict: 'no-change-detected', title: 'no change detected' });
    expect(ended?.sentence).toMatch(/^No change detected against the 42 days before it: .*could be chance/);
    expect(ended?.sentence).toContain('a change too small for these days to show is still possible');
    expect(ended?.sentence).not.toMatch(/no effect|steady/);

    const [running] = read(entries.slice(0, 49), day(48));
    expect(running).toMatchObject({ phase: 'running', verdict: 'pending', title: 'under way' });
    // The card shows the title before the sentence, and the brief the sentence alone: it says all, and no word twice.
    expect(running?.sentence).toMatch(/^Compared once it ends on .*, since looking while it runs would read noise/);
    expect(running?.sentence.toLowerCase()).not.toContain(running?.title);
    expect(running?.sentence).toContain('(7 days with system work so far)');
  });

  it('name what is missing when too little was logged to compare anything', () => {
    const entries = [workDay(44, 2, -1, 'good'), workDay(10, 1, 1, 'bad'), workDay(11, 1, 1, 'bad')];
    const [reading] = read(entries, day(60));
    expect(reading?.verdict).toBe('too-thin');
    expect(reading?.sentence).toBe(
      'Too thin to compare with the 42 days before it; it needs more days during it: 4 with people work and 4 with system work that you rated, 4 with a day kind; and in the days before: 3 with people work and 3 with system work that you rated, 3 with a day kind.',
    );
  });

  it('report only experiments begun by the range’s end that reach into it, compared with days before the range', () => {
    const entries = journal(
      (offset) => workDay(offset, -1, 1),
      (offset) => workDay(offset, 2, -1),
    );
    expect(read(entries, day(41))).toEqual([]);
    expect(read(entries, day(80), day(56))).toEqual([]);
    // The range starts inside the experiment, yet it is compared with the whole 42 days before it.
    const data = buildTrends(entries, [], { from: day(50), to: day(60) }, [EXPERIMENT]);
    expect(data.entries).toBe(6);
    expect(data.experiments).toEqual(read(entries, day(60)));
    expect(data.experiments[0]?.verdict).toBe('changed');
  });

  it('go into the brief, one sentence each, the name made inert in markdown', () => {
    const entries = journal(
      (offset) => workDay(offset, -1, 1),
      (offset) => workDay(offset, 2, -1),
    );
    const data = buildTrends(entries, [], { from: null, to: day(60) }, [
      { ...EXPERIMENT, label: 'Design *fortnight*' },
    ]);
    const [line] = briefExperimentLines(data);
    expect(line).toMatch(/^“Design \*fortnight\*” \(more system work, 13 Apr 2026 to 26 Apr 2026\): Compared with/);
    const markdown = briefMarkdown(data, day(60));
    expect(markdown).toContain('## Experiments\n\n- “Design \\*fortnight\\*” (more system work,');
    expect(briefMarkdown(buildTrends(entries, [], { from: null, to: day(60) }), day(60))).not.toContain('Experiments');
  });
});
