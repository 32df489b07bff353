import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_CATALOG,
  LIMITS,
  customActivityId,
  describeIssues,
  entrySchema,
  isBlankEntry,
  isLocalDate,
  writableDateProblem,
} from '../../shared';
import { badDay, entryFixture, goodDay } from '../fixtures/entries';

describe('entrySchema', () => {
  it('accepts the fixtures', () => {
    expect(entrySchema.parse(goodDay('2026-11-02'))).toEqual(goodDay('2026-11-02'));
    expect(entrySchema.safeParse(badDay('2026-11-03')).success).toBe(true);
  });

  it.each([
    ['an impossible date', { date: '2026-02-30' }, 'date'],
    ['energy out of range', { energy: 6 }, 'energy'],
    ['a feel outside -2..2', { activities: [{ id: 'coding', feel: 3 }] }, 'activities'],
    [
      'a duplicate activity',
      {
        activities: [
          { id: 'coding', feel: 1 },
          { id: 'coding', feel: 0 },
        ],
      },
      'activities',
    ],
    ['a tag with a space', { tags: ['two words'] }, 'tags'],
    ['too many tags', { tags: Array.from({ length: LIMITS.tagsPerEntry + 1 }, (_, n) => `t${n}`) }, 'tags'],
    ['control characters in notes', { notes: 'bell\u0007' }, 'notes'],
    ['notes over the limit', { notes: 'x'.repeat(LIMITS.notesChars + 1) }, 'notes'],
  ])('refuses %s and names the field', (_, override, field) => {
    const result = entrySchema.safeParse({ ...goodDay('2026-11-02'), ...override });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)).toContain(field);
  });

  it('keeps emoji, right-to-left text and a 1 MB note', () => {
    const notes = `${'שלום 👋 '.repeat(10)}${'a'.repeat(LIMITS.notesChars - 100)}`;
    expect(entrySchema.safeParse({ ...goodDay('2026-11-02'), notes }).success).toBe(true);
  });

  it('tells a blank entry from a written one', () => {
    expect(isBlankEntry(entryFixture('2026-11-02'))).toBe(true);
    expect(isBlankEntry(entryFixture('2026-11-02', { notes: 'x' }))).toBe(false);
  });
});

describe('dates', () => {
  it('knows real calendar days', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('26-1-1')).toBe(false);
  });

  it('refuses future, ancient and impossible days with a reason', () => {
    expect(writableDateProblem('2026-11-25', '2026-11-25')).toBeNull();
    expect(writableDateProblem('2026-11-26', '2026-11-25')).toMatch(/future/i);
    expect(writableDateProblem('9999-12-31', '2026-11-25')).toMatch(/future/i);
    expect(writableDateProblem('1899-12-31', '2026-11-25')).toMatch(/before/i);
    expect(writableDateProblem('1900-01-01', '2026-11-25')).toBeNull();
    expect(writableDateProblem('2026-02-30', '2026-11-25')).toMatch(/not a real date/i);
  });
});

describe('activity catalog', () => {
  it('has enough activities for each lean, with unique ids', () => {
    const count = (lean: string) => ACTIVITY_CATALOG.filter((activity) => activity.lean === lean).length;
    expect(count('management')).toBeGreaterThanOrEqual(12);
    expect(count('architecture')).toBeGreaterThanOrEqual(12);
    expect(count('neutral')).toBeGreaterThanOrEqual(6);
    expect(new Set(ACTIVITY_CATALOG.map((activity) => activity.id)).size).toBe(ACTIVITY_CATALOG.length);
  });

  it('derives unique ids for custom activities', () => {
    expect(customActivityId('Vendor calls!', new Set())).toBe('custom-vendor-calls');
    expect(customActivityId('Vendor calls', new Set(['custom-vendor-calls']))).toBe('custom-vendor-calls-2');
    expect(customActivityId('???', new Set())).toBe('custom-activity');
  });
});
