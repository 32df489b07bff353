import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROMPT_CATALOG,
  PROMPTS_PER_DAY,
  findPrompt,
  isMotiveCheckDay,
  promptsForEntry,
  selectPrompts,
  shiftDate,
} from '../../shared';
import { entryFixture } from '../fixtures/entries';

const dateArb = fc.integer({ min: 0, max: 40_000 }).map((offset) => shiftDate('1950-01-01', offset));
const ids = (date: string, kind: Parameters<typeof selectPrompts>[1], shuffle = 0) =>
  selectPrompts(date, kind, shuffle).map((prompt) => prompt.id);

describe('prompt catalog', () => {
  it('has at least 40 prompts with unique ids, each feeding a signal', () => {
    expect(PROMPT_CATALOG.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PROMPT_CATALOG.map((prompt) => prompt.id)).size).toBe(PROMPT_CATALOG.length);
    for (const prompt of PROMPT_CATALOG) expect(prompt.text.length).toBeGreaterThan(10);
  });

  it('has separate pools for good and bad days', () => {
    expect(PROMPT_CATALOG.filter((prompt) => prompt.applies === 'good').length).toBeGreaterThanOrEqual(10);
    expect(PROMPT_CATALOG.filter((prompt) => prompt.applies === 'bad').length).toBeGreaterThanOrEqual(10);
  });
});

describe('selectPrompts', () => {
  it('gives the same prompts for the same date, kind and shuffle', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom('good', 'bad', 'mixed', null), fc.nat(50), (date, kind, shuffle) => {
        expect(ids(date, kind, shuffle)).toEqual(ids(date, kind, shuffle));
        expect(ids(date, kind, shuffle)).toHaveLength(PROMPTS_PER_DAY);
        expect(new Set(ids(date, kind, shuffle)).size).toBe(PROMPTS_PER_DAY);
      }),
    );
  });

  it('draws good days from good prompts and bad days from bad prompts', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const good = selectPrompts(date, 'good');
        const bad = selectPrompts(date, 'bad');
        expect(good.filter((prompt) => prompt.applies === 'bad')).toEqual([]);
        expect(bad.filter((prompt) => prompt.applies === 'good')).toEqual([]);
        expect(good.filter((prompt) => prompt.applies === 'good')).toHaveLength(PROMPTS_PER_DAY - 1);
        expect(ids(date, 'good')).not.toEqual(ids(date, 'bad'));
      }),
    );
  });

  it('varies between dates and with shuffling', () => {
    const days = Array.from({ length: 30 }, (_, n) => ids(shiftDate('2026-01-01', n), 'good').join());
    expect(new Set(days).size).toBeGreaterThan(20);
    expect(ids('2026-03-03', 'bad', 0)).not.toEqual(ids('2026-03-03', 'bad', 1));
  });

  it('asks the motive check on roughly one day in seven', () => {
    const due = Array.from({ length: 700 }, (_, n) => isMotiveCheckDay(shiftDate('2025-01-01', n))).filter(Boolean);
    expect(due.length).toBeGreaterThan(60);
    expect(due.length).toBeLessThan(150);
  });
});

describe('promptsForEntry', () => {
  it('keeps answered prompts when the day kind changes', () => {
    const [first] = selectPrompts('2026-05-05', 'good');
    if (!first) throw new Error('no prompt selected');
    const entry = entryFixture('2026-05-05', {
      dayKind: 'bad',
      prompts: [{ id: first.id, answer: 'Kept.' }],
    });
    const shown = promptsForEntry(entry);
    expect(shown[0]).toMatchObject({ id: first.id, answer: 'Kept.', text: first.text });
    expect(shown).toHaveLength(PROMPTS_PER_DAY);
    expect(shown.slice(1).every((prompt) => findPrompt(prompt.id)?.applies !== 'good')).toBe(true);
  });

  it('shows an unknown imported prompt id instead of dropping its answer', () => {
    const shown = promptsForEntry(entryFixture('2026-05-05', { prompts: [{ id: 'retired-prompt', answer: 'Old.' }] }));
    expect(shown[0]).toMatchObject({ id: 'retired-prompt', answer: 'Old.' });
    expect(shown[0]?.text).toContain('retired-prompt');
  });
});
