import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../../../shared/analysis';
import { headlineOf } from '../../../shared/trends';
import { goodDay } from '../../fixtures/entries';
import { generateJournal, type Persona } from '../../fixtures/journal';

const journal = (persona: Persona, days = 120, seed = 3) => generateJournal({ seed, days, persona });

describe('the headline in plain words', () => {
  it('names the path with its confidence and whether it is moving', () => {
    const architect = headlineOf(analyzePaths(journal('architect')));
    expect(architect).toMatchObject({ status: 'architecture', confidence: 'strong', explanation: null });
    expect(architect.title).toMatch(/^Leaning architecture · confident · (no change detected over 12 weeks|moving)/);
    expect(architect.sentence).toMatch(/^Leaning toward architecture/);

    const manager = headlineOf(analyzePaths(journal('manager')));
    expect(manager.status).toBe('management');
    expect(manager.title).toMatch(/^Leaning management · (fairly )?confident/);
  });

  it('says how many more days a too-early journal needs', () => {
    const report = analyzePaths(['2026-11-01', '2026-11-02', '2026-11-03'].map((date) => goodDay(date)));
    const headline = headlineOf(report);
    expect(headline).toMatchObject({ status: 'too-early', title: 'Too early to tell', confidence: 'none' });
    expect(headline.explanation).toContain('this range has 3, so 7 more days will do');
    // Only design work (system) was logged: people work is missing, system work has 3 of 5.
    expect(headline.explanation).toContain('log 5 more days with people work and 2 more days with system-shaping work');
  });

  it('says which side is missing when the two cannot be compared', () => {
    const headline = headlineOf(analyzePaths(journal('neutral-only')));
    expect(headline.status).toBe('unclear');
    expect(headline.title).toMatch(/^No clear lean yet/);
    expect(headline.explanation).toBe(
      'People work shows up on 0 days and system-shaping work on 0 days; comparing them needs at least 5 of each, so log 5 more days with people work and 5 more days with system-shaping work.',
    );
  });

  it('explains a band that still crosses zero, and when more days may not settle it', () => {
    const headline = headlineOf(analyzePaths(journal('random')));
    expect(headline.status).toBe('unclear');
    expect(headline.explanation).toMatch(
      /^The plausible range \(.+ to .+\) still includes zero, so neither path is named\./,
    );
    expect(headline.explanation).toMatch(/more days? with people or system work would settle it|sits close to even/);
  });

  it('estimates the days needed from how fast the band narrows', () => {
    // A mild architect lean over few days: the band is wide but the lean is clear of zero.
    const report = analyzePaths(journal('architect', 120));
    const narrowed = { ...report, status: 'unclear' as const, lean: 0.2, band: [-0.1, 0.5] as const };
    const pathDays = report.evidence.pathEntries;
    // Half-width 0.3 over a lean of 0.2: (0.3 / 0.2)² = 2.25 times the days, so 1.25 times more.
    const expected = Math.ceil(pathDays * 2.25) - pathDays;
    expect(headlineOf(narrowed).explanation).toContain(
      `If it holds at +0.20, roughly ${expected} more days with people or system work would settle it toward architecture.`,
    );
  });
});
