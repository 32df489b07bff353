import { describe, expect, it } from 'vitest';
import { driverLine, timingSentence, worstDaySentence } from '../../../shared/brief';
import { NO_DATES, type TimingBar, type TrendsData, type WorstDaySide } from '../../../shared/trends';

const side = (path: WorstDaySide['path'], yes: number, answered: number, band: [number, number]): WorstDaySide => ({
  path,
  answered,
  yes,
  no: answered - yes,
  unsure: 0,
  yesRate: answered ? yes / answered : null,
  band,
});

const stage = (label: string, good: number, days: number, band: [number, number]): TimingBar => ({
  stage: 'framing',
  label,
  days,
  good,
  mixed: days - good,
  bad: 0,
  goodRate: days ? good / days : null,
  band,
  dates: NO_DATES,
});

describe('brief sentences', () => {
  it('names a driver with its path, counts and lift', () => {
    const driver = {
      activity: 'design-doc',
      label: 'Design doc',
      lean: 'architecture' as const,
      entries: 10,
      good: 8,
      mixed: 1,
      bad: 1,
      goodLift: 1.6,
      badLift: 0.4,
      meanFeel: 1.2,
    };
    expect(driverLine(driver, 'good')).toBe('Design doc (system work): good on 8 of 10 days, 1.6× your usual rate');
    expect(driverLine(driver, 'bad')).toBe('Design doc (system work): bad on 1 of 10 days, 0.4× your usual rate');
  });

  it('reads the worst-day test', () => {
    const worst = (management: WorstDaySide, architecture: WorstDaySide, badDays = 20): TrendsData['worstDay'] => ({
      badDays,
      management,
      architecture,
    });
    expect(worstDaySentence(worst(side('management', 0, 0, [0, 1]), side('architecture', 0, 0, [0, 1]), 0))).toBe(
      'No bad days in this range, so the worst-day test has no answers yet.',
    );
    expect(worstDaySentence(worst(side('management', 0, 0, [0, 1]), side('architecture', 0, 0, [0, 1]), 3))).toBe(
      '3 bad days in this range, but the worst-day test was not answered on any of them.',
    );
    expect(
      worstDaySentence(worst(side('management', 2, 20, [0.03, 0.3]), side('architecture', 15, 20, [0.53, 0.89]))),
    ).toBe(
      'On your bad days you would more often still take the architect role. Engineering manager: yes on 2 of 20 answers (10%); architect: yes on 15 of 20 answers (75%).',
    );
    expect(
      worstDaySentence(worst(side('management', 5, 10, [0.2, 0.8]), side('architecture', 6, 10, [0.3, 0.85]))),
    ).toMatch(/^Over 20 bad days your answers do not clearly favour either role yet\./);
  });

  it('reads the timing preference, and says when the gap may be chance', () => {
    expect(timingSentence([stage('Framing the problem', 1, 2, [0, 1])])).toBe(
      'Not enough days with a timing yet: each stage needs 5 rated days before it is compared.',
    );
    expect(
      timingSentence([
        stage('Framing the problem', 12, 15, [0.5, 0.93]),
        stage('Executing a chosen plan', 2, 20, [0.02, 0.3]),
      ]),
    ).toBe(
      'Days went best when you joined at “framing the problem”: good on 80% of 15 days, against 10% of 20 days at “executing a chosen plan”.',
    );
    expect(
      timingSentence([
        stage('Shaping the solution', 6, 10, [0.3, 0.85]),
        stage('Framing the problem', 5, 10, [0.2, 0.8]),
      ]),
    ).toMatch(/The gap is within what chance could produce\.$/);
  });
});
