import { describe, expect, it } from 'vitest';
import { analyzePaths, describeLean } from '../../../shared/analysis';
import { generateJournal } from '../../fixtures/journal';

const headline = (persona: Parameters<typeof generateJournal>[0]['persona'], days: number) =>
  describeLean(analyzePaths(generateJournal({ seed: 3, days, persona })));

describe('describeLean', () => {
  it('says how many more days are needed when it is too early', () => {
    expect(headline('architect', 4)).toBe('Too early to tell: 4 days written so far, and a lean needs at least 10.');
    expect(headline('architect', 1)).toBe('Too early to tell: 1 day written so far, and a lean needs at least 10.');
  });

  it('names the path with its lean and plausible range', () => {
    expect(headline('architect', 56)).toMatch(
      /^Leaning toward architecture: system-shaping work has felt better than people work over 56 days \(lean \+0\.\d\d, plausible range \+0\.\d\d to \+0\.\d\d\)\.$/,
    );
    expect(headline('manager', 56)).toMatch(/^Leaning toward management: people work has felt better/);
  });

  it('says no clear lean, and asks for the missing kind of work when one side is thin', () => {
    expect(headline('random', 56)).toMatch(
      /^No clear lean yet: over 56 days neither kind of work has clearly felt better \(lean /,
    );
    expect(headline('neutral-only', 56)).toBe(
      'No lean yet: log some days with people work and some with system-shaping work, so the two can be compared.',
    );
  });

  it('adds the trend when the lean is moving', () => {
    expect(headline('flipper', 112)).toMatch(
      /, and over your last 6 weeks written it has moved toward architecture\.$/,
    );
  });
});
