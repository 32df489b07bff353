import { describe, expect, it } from 'vitest';
import { analyzePaths, describeLean } from '../../../shared/analysis';
import { buildTrends, countDates, unpackDates } from '../../../shared/trends';
import { generateJournal } from '../../fixtures/journal';

const journal = generateJournal({ seed: 8, days: 120, persona: 'architect', endDate: '2026-11-20' });

describe('trends data for a range', () => {
  it('agrees with the analysis of the same days', () => {
    const data = buildTrends(journal, [], { from: null, to: '2026-11-20' });
    const report = analyzePaths(journal, { to: '2026-11-20', now: '2026-11-20' });
    expect(data.headline.sentence).toBe(describeLean(report));
    expect(data).toMatchObject({
      entries: 120,
      analysed: 120,
      lean: report.lean,
      band: report.band,
      granularity: 'week',
    });
    expect(data.periods.map((row) => row.key)).toEqual(report.weekly.map((point) => point.key));
    expect(data.months.map((row) => row.key)).toEqual(report.monthly.map((point) => point.key));
    expect(data.timing.map((row) => row.days)).toEqual(report.timing.map((row) => row.entries));
    expect(data.drivers.good.map((driver) => driver.activity)).toEqual(report.drivers.good.map((d) => d.activity));
    expect(countDates(data.days.dates)).toBe(120);
    expect(data.highlights.length).toBeLessThanOrEqual(6);
  });

  it('keeps to the range and ends the trend at its last day', () => {
    const data = buildTrends(journal, [], { from: '2026-10-22', to: '2026-11-10' });
    expect(data.entries).toBe(20);
    expect(unpackDates(data.days.dates).every((date) => date >= '2026-10-22' && date <= '2026-11-10')).toBe(true);
    expect(data.periods.at(-1)?.key).toBe('2026-W46');
  });

  it('draws months once the range holds more than two years of weeks', () => {
    const long = generateJournal({ seed: 8, days: 800, persona: 'manager', endDate: '2026-11-20' });
    const data = buildTrends(long, [], { from: null, to: '2026-11-20' });
    expect(data.granularity).toBe('month');
    expect(data.periods.map((row) => row.key)).toEqual(data.months.map((row) => row.key));
    expect(data.headline.status).toBe('management');
  });

  it('is plain data that survives being posted between threads', () => {
    const data = buildTrends(journal, [], { from: null, to: '2026-11-20' });
    expect(structuredClone(data)).toEqual(data);
  });

  it('says too early for an empty range', () => {
    const data = buildTrends([], [], { from: '2026-01-01', to: '2026-01-31' });
    expect(data).toMatchObject({ entries: 0, periods: [], activities: [], highlights: [], highlightCount: 0 });
    expect(data.headline.status).toBe('too-early');
  });
});
