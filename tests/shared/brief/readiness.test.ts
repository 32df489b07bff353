import { describe, expect, it } from 'vitest';
import type { Readiness } from '../../../shared/analysis';
import { briefDecisionLines, briefMarkdown, daysLeftLine, readinessSentences } from '../../../shared/brief';
import { buildTrends } from '../../../shared/trends';
import { generateJournal } from '../../fixtures/journal';
import { setDisplayLocale } from '../../../shared';

const base: Readiness = {
  clear: false,
  pace: {
    from: '2026-10-01',
    to: '2026-11-20',
    days: 51,
    entries: 40,
    pathEntries: 30,
    managementEntries: 15,
    architectureEntries: 15,
  },
  needs: [{ kind: 'lean', more: 40, days: 68 }],
  assumesLeanHolds: true,
  leanOpen: false,
  daysNeeded: 68,
  decisionDate: '2026-12-18',
  today: '2026-11-20',
  daysLeft: 28,
  status: 'not-in-time',
  expectedPathDays: 16,
  halfWidthByThen: 0.21,
  lean: 0.12,
  band: [-0.1, 0.34],
};

describe('the decision date in words', () => {
  setDisplayLocale('en-GB');

  it('counts the days left, says when the day is today, and when it has passed', () => {
    expect(daysLeftLine('2026-12-18', '2026-11-20')).toBe('28 days left until your decision on Fri, 18 Dec 2026.');
    expect(daysLeftLine('2026-11-21', '2026-11-20')).toBe('1 day left until your decision on Sat, 21 Nov 2026.');
    expect(daysLeftLine('2026-11-20', '2026-11-20')).toBe('Your decision is today, Fri, 20 Nov 2026.');
    expect(daysLeftLine('2026-11-19', '2026-11-20')).toBe('Your decision date, Thu, 19 Nov 2026, has passed.');
  });

  it('says a clear read will not be ready in time, with both numbers and the assumption', () => {
    const { summary, needs } = readinessSentences(base);
    expect(summary).toBe(
      'At your pace, a clear read needs about 10 weeks more, if the lean holds where it is, but only 28 days are left: ' +
        'expect “no clear lean yet” on the day unless you log more often. By the date, at this pace, a lean smaller ' +
        'than about 0.21 either way would still read as no clear lean.',
    );
    expect(needs).toHaveLength(1);
    expect(needs[0]).toContain('about 40 more days with rated people or system work');
  });

  it('never promises a verdict when only the minimums can be met', () => {
    const { summary } = readinessSentences({
      ...base,
      status: 'in-time',
      needs: [{ kind: 'architecture', more: 3, days: 6 }],
      assumesLeanHolds: false,
      leanOpen: true,
      daysNeeded: 6,
    });
    expect(summary).toContain('the minimums are met in 6 days, within the 28 days left');
    expect(summary).toContain('too close to even to say');
  });

  it('says there is no estimate when a kind of work is missing from the pace', () => {
    const { summary, needs } = readinessSentences({
      ...base,
      status: 'no-pace',
      needs: [{ kind: 'architecture', more: 5, days: Infinity }],
      daysNeeded: Infinity,
    });
    expect(summary).toContain('no estimate at your pace');
    expect(needs[0]).toContain('none logged in your last weeks');
  });

  it('says when the decision was made once it is recorded, instead of counting the days to the conversation', () => {
    const data = buildTrends(generateJournal({ seed: 2, days: 40, persona: 'architect' }), [], {
      from: null,
      to: '2026-11-20',
    });
    expect(briefDecisionLines(data, '2026-12-18', '2026-11-20')[0]).toBe(
      '28 days left until your decision on Fri, 18 Dec 2026.',
    );
    const decided = { decidedOn: '2026-11-18', choice: 'architecture' as const };
    const lines = briefDecisionLines(data, '2026-12-18', '2026-11-20', decided);
    expect(lines).toEqual(['You decided on Wed, 18 Nov 2026: the architecture path (architect).']);
    const markdown = briefMarkdown(data, '2026-11-20', '2026-12-18', decided);
    expect(markdown).toContain('You decided on Wed, 18 Nov 2026');
    expect(markdown).not.toContain('left until your decision');
  });
});
