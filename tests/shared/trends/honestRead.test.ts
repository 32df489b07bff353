import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../../../shared/analysis';
import { briefMarkdown } from '../../../shared/brief';
import { shiftDate } from '../../../shared/dates';
import type { Entry } from '../../../shared/entry';
import { buildTrends, headlineOf, signed } from '../../../shared/trends';
import { badDay, entryFixture } from '../../fixtures/entries';
import { generateJournal, simulateJournal } from '../../fixtures/journal';

/**
 * Issue 14, "Honest read": each sentence, label and list says only what the
 * days show. One test per finding of the issue; each failed on the code
 * before the fix.
 */

const SUNDAY = '2026-11-15';
const steadyArchitect = (days: number) =>
  simulateJournal({ seed: 5, days, endDate: SUNDAY, truth: () => ({ management: -1, architecture: 1 }) });

describe('an honest read of the journal', () => {
  it('1. never calls an undetected change "steady", and a short journal makes no claim about it', () => {
    const long = headlineOf(analyzePaths(steadyArchitect(120)));
    expect(long.title).toBe('Leaning architecture · confident · no change detected over 12 weeks');
    expect(Object.values(long).join(' ')).not.toMatch(/steady over/);
    // Eight weeks cannot hold two six-week windows: nothing is said about change.
    const short = headlineOf(analyzePaths(steadyArchitect(56)));
    expect(short.title).toBe('Leaning architecture · confident');
  });

  it('2. gives the same trend whatever weekday the user looks on', () => {
    // Management felt better for eight weeks, then architecture for four; the last entry is a Sunday.
    const entries = simulateJournal({
      seed: 11,
      days: 84,
      endDate: SUNDAY,
      truth: (day) => (day < 56 ? { management: 1, architecture: -1 } : { management: -1, architecture: 1 }),
    });
    const looks = [0, 1, 2, 3, 4, 5, 6].map((wait) => analyzePaths(entries, { now: shiftDate(SUNDAY, wait) }).trend);
    for (const trend of looks) {
      expect(trend.direction).toBe('toward-architecture');
      expect(trend).toEqual(looks[0]);
    }
  });

  it('3. says nothing about a move toward work that was never logged', () => {
    // People work only: it felt good, then bad. No architecture day at all.
    const entries = simulateJournal({
      seed: 3,
      days: 120,
      mix: { management: 0.7, architecture: 0 },
      truth: (day) => (day < 60 ? { management: 1, architecture: 0 } : { management: -1.5, architecture: 0 }),
    });
    const report = analyzePaths(entries);
    expect(report.trend.direction).toBe('too-early');
    expect(report.status).toBe('unclear');
    expect(headlineOf(report).title).toBe('No clear lean yet');
  });

  it('4. finds no lean when both sides feel the same, however unevenly they are logged', () => {
    for (const feel of [2, -2, 1, 0] as const) {
      for (const peopleDays of [5, 20, 100, 195]) {
        // 200 days; system work every day, people work on `peopleDays` of them; every activity felt the same.
        const entries = Array.from({ length: 200 }, (_, day) =>
          entryFixture(shiftDate('2026-01-01', day), {
            dayKind: 'mixed',
            activities: [{ id: 'design-doc', feel }, ...(day < peopleDays ? [{ id: 'one-on-ones', feel }] : [])],
          }),
        );
        const report = analyzePaths(entries);
        expect(report.lean, `feel ${feel}, people work on ${peopleDays} days`).toBe(0);
        expect(report.status).toBe('unclear');
      }
    }
  });

  it('6. lists no activity as a finding on journals with no real preference, and says the rest is chance', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const data = buildTrends(generateJournal({ seed, days: 120, persona: 'random' }), [], {
        from: null,
        to: '2026-11-20',
      });
      expect(
        [...data.drivers.good, ...data.drivers.bad].map((driver) => driver.label),
        `seed ${seed}`,
      ).toEqual([]);
      const brief = briefMarkdown(data, '2026-11-20');
      expect(brief).not.toMatch(/× your usual rate/);
      expect(brief).toMatch(/No activity (stands out on good days beyond chance|went with good days)/);
    }
  });

  it('7. shows every answer of the worst-hour test, the strong no as well as the yes', () => {
    const answers = Array.from({ length: 16 }, (_, i) =>
      badDay(shiftDate('2026-10-01', i), {
        worstDay: {
          management: i < 10 ? 'no' : i < 14 ? 'unsure' : 'yes',
          architecture: i < 8 ? 'yes' : i < 12 ? 'unsure' : 'no',
        },
      }),
    );
    const brief = briefMarkdown(buildTrends(answers, [], { from: null, to: '2026-11-20' }), '2026-11-20');
    const section = brief.slice(brief.indexOf('## The worst-hour test'), brief.indexOf('## When you join'));
    expect(section).toContain('- Engineering manager, 16 answers: yes 2 (13%, plausible range');
    expect(section).toContain('· not sure 4 (25%, plausible range');
    expect(section).toContain('· no 10 (63%, plausible range');
    expect(section).toContain('- Architect, 16 answers: yes 8 (50%, plausible range');
  });

  it('9. says which days a lean rests on when the last entry is weeks old', () => {
    const entries = steadyArchitect(60);
    const fresh = buildTrends(entries, [], { from: null, to: shiftDate(SUNDAY, 14) });
    expect(fresh.headline.basis).toBeNull();
    const old = buildTrends(entries, [], { from: null, to: shiftDate(SUNDAY, 35) });
    const said = Object.values(old.headline).join(' ');
    expect(said).toContain('Your latest entry in this range is from Sun, 15 Nov 2026, 35 days before its end');
    expect(briefMarkdown(old, shiftDate(SUNDAY, 35))).toContain('from Sun, 15 Nov 2026, 35 days before its end');
  });

  it('10. writes "1 day", never "-0.00", and calls the test the worst-hour test everywhere', () => {
    const one: Entry[] = [entryFixture('2026-11-20', { dayKind: 'good' })];
    const brief = briefMarkdown(buildTrends(one, [], { from: null, to: '2026-11-20' }), '2026-11-20');
    expect(brief).toContain(' · 1 day written · ');
    expect(brief).toContain('## The worst-hour test');
    expect(brief).not.toMatch(/worst-day/i);
    expect(signed(-0.0001)).toBe('0.00');
    expect(signed(-0.004)).toBe('0.00');
    expect(signed(-0.005)).toBe('−0.01');
    expect(signed(0.42)).toBe('+0.42');
  });
});
