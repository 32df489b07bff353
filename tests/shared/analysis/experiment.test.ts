import { describe, expect, it } from 'vitest';
import { baselineDays, compareExperiment, type ExperimentPlan } from '../../../shared/analysis/experiment';
import type { Entry } from '../../../shared/entry';
import { entryFixture, experimentDay, workDay } from '../../fixtures/entries';
import { seededRandom } from '../../fixtures/journal';

const day = experimentDay;

/** 42 days before the experiment, then 14 days of it (days 42 to 55). */
const PLAN: ExperimentPlan = { start: day(42), end: day(55), focus: 'architecture' };

function journal(before: (offset: number) => Entry, during: (offset: number) => Entry): Entry[] {
  return Array.from({ length: 56 }, (_, offset) => (offset < 42 ? before(offset) : during(offset)));
}

describe('compareExperiment', () => {
  it('compares with the trend’s span before the experiment, or the experiment’s length when that is longer', () => {
    expect(baselineDays(PLAN, 6)).toBe(42);
    expect(baselineDays({ ...PLAN, end: day(42 + 59) }, 6)).toBe(60);
  });

  it('finds the lean moving toward system work when system work comes to feel better during the experiment', () => {
    const entries = journal(
      (offset) => workDay(offset, -1, 1),
      (offset) => workDay(offset, 2, -1),
    );
    const result = compareExperiment(entries, PLAN, { now: day(56) });
    expect(result.phase).toBe('ended');
    expect(result.verdict).toBe('changed');
    expect(result.lean.direction).toBe('toward-architecture');
    expect(result.lean.band[0]).toBeGreaterThan(0);
    expect(result.lean.change).toBeCloseTo(result.during.lean - result.before.lean, 12);
    expect(result.before).toMatchObject({ from: day(0), to: day(41), entries: 42, architectureEntries: 42 });
    expect(result.during).toMatchObject({ from: day(42), to: day(55), entries: 14, focusEntries: 14 });
    expect(result.during.dates).toEqual(Array.from({ length: 14 }, (_, i) => day(42 + i)));
  });

  it('finds more good days, with Newcombe’s band, when the days got better and the feelings did not', () => {
    const entries = journal(
      (offset) => workDay(offset, 1, -1, offset % 3 === 0 ? 'good' : 'bad'),
      (offset) => workDay(offset, 1, -1, offset % 7 === 0 ? 'mixed' : 'good'),
    );
    const result = compareExperiment(entries, PLAN, { now: day(60) });
    expect(result.goodDays.direction).toBe('more-good');
    expect(result.goodDays.band[0]).toBeGreaterThan(0);
    expect(result.lean.direction).toBe('unclear');
    expect(result.verdict).toBe('changed');
    expect(result.during.goodRate).toBeCloseTo(12 / 14, 12);
    expect(result.before.goodRate).toBeCloseTo(14 / 42, 12);
  });

  it('says no change was detected when both spans feel alike, and compares nothing before the experiment has ended', () => {
    const entries = journal(
      (offset) => workDay(offset, 1, 0, offset % 2 ? 'good' : 'mixed'),
      (offset) => workDay(offset, 1, 0, offset % 2 ? 'good' : 'mixed'),
    );
    const ended = compareExperiment(entries, PLAN, { now: day(56) });
    expect(ended.verdict).toBe('no-change-detected');
    expect(ended.lean.direction).toBe('unclear');
    expect(ended.goodDays.direction).toBe('unclear');

    const running = compareExperiment(entries, PLAN, { now: day(48) });
    expect(running).toMatchObject({ phase: 'running', verdict: 'pending' });
    expect(running.during.to).toBe(day(48));
    expect(running.during.entries).toBe(7);
    const planned = compareExperiment(entries.slice(0, 40), PLAN, { now: day(39) });
    expect(planned).toMatchObject({ phase: 'planned', verdict: 'pending' });
    expect(planned.during.entries).toBe(0);
  });

  it('is too thin to say anything when either span lacks days of both kinds of work', () => {
    const onlySystem = (offset: number) =>
      entryFixture(day(offset), { dayKind: 'good', activities: [{ id: 'design-doc', feel: 2 }] });
    const entries = [
      ...Array.from({ length: 3 }, (_, i) => workDay(38 + i, 0, 0)),
      ...Array.from({ length: 14 }, (_, i) => onlySystem(42 + i)),
    ];
    const result = compareExperiment(entries, PLAN, { now: day(56) });
    expect(result.verdict).toBe('too-thin');
    expect(result.lean.direction).toBe('too-early');
    expect(result.goodDays.direction).toBe('too-early');
  });

  it('counts the planned work even when it was not rated, and gives the same answer whatever the entries’ order', () => {
    const entries = journal(
      (offset) => workDay(offset, 0, 1),
      (offset) =>
        entryFixture(day(offset), {
          dayKind: 'good',
          activities: [
            { id: 'design-doc', feel: offset % 2 ? null : 2 },
            { id: 'one-on-ones', feel: 0 },
          ],
        }),
    );
    const result = compareExperiment(entries, PLAN, { now: day(70) });
    expect(result.during.focusEntries).toBe(14);
    expect(result.during.architectureEntries).toBe(7);
    const random = seededRandom(3);
    const shuffled = [...entries].sort(() => random() - 0.5);
    expect(compareExperiment(shuffled, PLAN, { now: day(70) })).toEqual(result);
  });
});
