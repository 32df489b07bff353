import { describe, expect, it } from 'vitest';
import { shiftDate } from '../../../shared/dates';
import { DAY_KINDS } from '../../../shared/entry';
import { entrySchema } from '../../../shared/entrySchemas';
import { generateJournal, PERSONAS } from '../../fixtures/journal';

describe('generateJournal', () => {
  it('produces valid entries, one per day, ending at endDate', () => {
    for (const persona of PERSONAS) {
      const entries = generateJournal({ seed: 11, days: 60, endDate: '2026-05-31', persona });
      expect(entries).toHaveLength(60);
      expect(entries.at(-1)?.date).toBe('2026-05-31');
      expect(entries.at(0)?.date).toBe('2026-04-02');
      for (const entry of entries) expect(entrySchema.safeParse(entry).error).toBeUndefined();
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const options = { seed: 5, days: 30, persona: 'random' } as const;
    expect(generateJournal(options)).toEqual(generateJournal(options));
    expect(generateJournal({ ...options, seed: 6 })).not.toEqual(generateJournal(options));
  });

  it('writes 0.5 to 3 KB of text per entry, with every kind of day', () => {
    const entries = generateJournal({ seed: 2, days: 300, persona: 'architect' });
    for (const entry of entries) {
      const chars = entry.notes.length + entry.prompts.reduce((sum, prompt) => sum + prompt.answer.length, 0);
      expect(chars).toBeGreaterThanOrEqual(500);
      expect(chars).toBeLessThanOrEqual(3000);
    }
    expect(new Set(entries.map((entry) => entry.dayKind))).toEqual(new Set(DAY_KINDS));
    expect(entries.some((entry) => entry.tags.length > 0 && entry.highlight.kind !== null)).toBe(true);
  });

  it('keeps neutral-only journals free of path work', () => {
    const entries = generateJournal({ seed: 4, days: 50, persona: 'neutral-only' });
    const ids = new Set(entries.flatMap((entry) => entry.activities.map((activity) => activity.id)));
    expect(
      [...ids].every((id) =>
        ['coding', 'debugging', 'planning', 'status-meetings', 'code-review', 'documentation', 'admin'].includes(id),
      ),
    ).toBe(true);
  });

  // How fast it builds them is the bench's to measure (it seeds 100,000-entry journals); this
  // checks the result, with time for its size on a busy machine.
  it('builds 100,000 distinct consecutive days', { timeout: 60_000 }, () => {
    const entries = generateJournal({ seed: 1, days: 100_000, persona: 'flipper', endDate: '2026-05-31' });
    expect(entries).toHaveLength(100_000);
    expect(entries.at(-1)?.date).toBe('2026-05-31');
    expect(entries.at(0)?.date).toBe(shiftDate('2026-05-31', -99_999));
    expect(entries.every((entry, index) => index === 0 || (entries[index - 1]?.date ?? '') < entry.date)).toBe(true);
  });
});
