import { describe, expect, it } from 'vitest';
import { indexHistory, matchesFilters, NO_FILTERS, searchHistory, type HistoryFilters } from '../../shared';
import { badDay, entryFixture, goodDay } from '../fixtures/entries';

const filters = (set: Partial<HistoryFilters>): HistoryFilters => ({ ...NO_FILTERS, ...set });

describe('History filters', () => {
  const journal = [
    goodDay('2026-11-12'),
    badDay('2026-11-10'),
    entryFixture('2026-11-08', { activities: [{ id: 'custom-vendor-calls', feel: null }] }),
    entryFixture('2026-11-01', { notes: 'No kind, no activities.' }),
  ];
  const custom = [{ id: 'custom-vendor-calls', label: 'Vendor calls', lean: 'management' as const, createdAt: '' }];
  const index = indexHistory(journal, custom);
  const dates = (query: string, set: Partial<HistoryFilters> = {}) => searchHistory(index, query, filters(set));

  it('keeps every day with no words and no filters, in the order given', () => {
    expect(dates('')).toEqual(['2026-11-12', '2026-11-10', '2026-11-08', '2026-11-01']);
  });

  it('filters by day kind, including days without one', () => {
    expect(dates('', { dayKind: 'bad' })).toEqual(['2026-11-10']);
    expect(dates('', { dayKind: 'none' })).toEqual(['2026-11-08', '2026-11-01']);
  });

  it('filters by activity and by path, the user’s own activities counted on their path', () => {
    expect(dates('', { activity: 'coding' })).toEqual(['2026-11-12']);
    // performance (bad day) and the custom vendor calls lean to management; design-doc to architecture.
    expect(dates('', { path: 'management' })).toEqual(['2026-11-10', '2026-11-08']);
    expect(dates('', { path: 'architecture' })).toEqual(['2026-11-12']);
  });

  it('filters by dates, both ends included, and combines with words', () => {
    expect(dates('', { from: '2026-11-08', to: '2026-11-10' })).toEqual(['2026-11-10', '2026-11-08']);
    expect(dates('vendor', { from: '2026-11-08' })).toEqual(['2026-11-08']);
    expect(dates('calibration', { dayKind: 'good' })).toEqual([]);
  });

  it('tests one entry the same way', () => {
    expect(matchesFilters(goodDay('2026-11-12'), filters({ path: 'architecture', to: '2026-11-12' }))).toBe(true);
    expect(matchesFilters(goodDay('2026-11-12'), filters({ from: '2026-11-13' }))).toBe(false);
  });
});
