import { describe, expect, it } from 'vitest';
import { driverLine, noDriversLine, timingSentence, worstHourRoleLine, worstHourSentence } from '../../../shared/brief';
import {
  NO_DATES,
  type TimingBar,
  type TrendsData,
  type WorstDaySide,
  type WorstHourShare,
} from '../../../shared/trends';

type Band = [number, number];
const share = (count: number, answered: number, band: Band): WorstHourShare => ({
  count,
  rate: answered ? count / answered : null,
  band,
  dates: NO_DATES,
});
const side = (
  path: WorstDaySide['path'],
  [yes, unsure, no]: [number, number, number],
  bands: [Band, Band, Band] = [
    [0, 1],
    [0, 1],
    [0, 1],
  ],
  verdict: WorstDaySide['verdict'] = null,
): WorstDaySide => {
  const answered = yes + unsure + no;
  return {
    path,
    answered,
    yes: share(yes, answered, bands[0]),
    unsure: share(unsure, answered, bands[1]),
    no: share(no, answered, bands[2]),
    verdict,
  };
};
const worst = (management: WorstDaySide, architecture: WorstDaySide, badDays = 20): TrendsData['worstDay'] => ({
  badDays,
  management,
  architecture,
});
const drivers = (overrides: Partial<TrendsData['drivers']> = {}): TrendsData['drivers'] => ({
  good: [],
  bad: [],
  minSupport: 5,
  baseline: { entries: 100, good: 50, mixed: 30, bad: 20 },
  compared: 12,
  withinChance: { good: 0, bad: 0 },
  ...overrides,
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
  it('names a driver with its path, counts and band against the usual rate', () => {
    const driver = {
      activity: 'design-doc',
      label: 'Design doc',
      lean: 'architecture' as const,
      entries: 10,
      good: 8,
      mixed: 1,
      bad: 1,
      goodLift: 1.6,
      badLift: 0.5,
      goodBand: [0.55, 0.93] as const,
      badBand: [0.02, 0.4] as const,
      meanFeel: 1.2,
    };
    expect(driverLine(driver, 'good', drivers())).toBe(
      'Design doc (system work): good on 8 of 10 days (80%, plausible range 55–93%), against 50% of all your rated days',
    );
    expect(driverLine(driver, 'bad', drivers())).toBe(
      'Design doc (system work): bad on 1 of 10 days (10%, plausible range 2–40%), against 20% of all your rated days',
    );
  });

  it('says plainly when the differences are within chance, rather than listing them', () => {
    const data = (overrides: Partial<TrendsData['drivers']>) => ({ drivers: drivers(overrides) }) as TrendsData;
    expect(noDriversLine(data({ withinChance: { good: 4, bad: 0 } }), 'good')).toBe(
      'No activity stands out on good days beyond chance: 4 activities went with good days more often than usual, but by no more than chance alone gives over this many days, so none is listed.',
    );
    expect(noDriversLine(data({}), 'bad')).toBe('No activity went with bad days more often than usual.');
    expect(noDriversLine(data({ compared: 0 }), 'bad')).toBe(
      'No activity has enough rated days to compare yet (each needs at least 5 rated days).',
    );
  });

  it('reads the worst-hour test: every answer per role, the strong no as well as the yes', () => {
    const none = side('management', [0, 0, 0]);
    expect(worstHourSentence(worst(none, { ...none, path: 'architecture' }, 0))).toBe(
      'No bad days in this range, so the worst-hour test has no answers yet.',
    );
    expect(worstHourSentence(worst(none, { ...none, path: 'architecture' }, 3))).toBe(
      '3 bad days in this range, but the worst-hour test was not answered on any of them.',
    );
    const manager = side(
      'management',
      [2, 4, 10],
      [
        [0.02, 0.45],
        [0.07, 0.58],
        [0.51, 0.9],
      ],
      'no',
    );
    const architect = side(
      'architecture',
      [8, 4, 4],
      [
        [0.22, 0.78],
        [0.07, 0.58],
        [0.07, 0.58],
      ],
    );
    expect(worstHourSentence(worst(manager, architect, 16))).toBe(
      'On most of your 16 bad days you would turn the engineering manager role down.',
    );
    expect(worstHourRoleLine(manager)).toBe(
      'Engineering manager, 16 answers: yes 2 (13%, plausible range 2–45%) · not sure 4 (25%, plausible range 7–58%) · no 10 (63%, plausible range 51–90%).',
    );
    expect(worstHourRoleLine(none)).toBe('Engineering manager: no answers.');

    const keeps = side(
      'architecture',
      [15, 3, 2],
      [
        [0.53, 0.89],
        [0.03, 0.4],
        [0.02, 0.35],
      ],
    );
    const drops = side(
      'management',
      [2, 3, 15],
      [
        [0.02, 0.35],
        [0.03, 0.4],
        [0.53, 0.89],
      ],
    );
    expect(worstHourSentence(worst(drops, keeps))).toBe(
      'You would more often turn the engineering manager role down than the architect role and you would more often still take the architect role than the engineering manager role.',
    );
    expect(
      worstHourSentence(
        worst(
          side(
            'management',
            [5, 0, 5],
            [
              [0.2, 0.8],
              [0, 0.3],
              [0.2, 0.8],
            ],
          ),
          architect,
        ),
      ),
    ).toBe('Over 20 bad days your answers do not clearly favour either role yet: every difference is within chance.');
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
        stage('Framing the problem', 5, 10, [0.2, 0.8]),
        stage('Shaping the solution', 6, 10, [0.3, 0.85]),
      ]),
    ).toBe(
      'Good on 60% of 10 days at “shaping the solution” and 50% of 10 days at “framing the problem”. No stage stands out: the gaps are within what chance could produce.',
    );
  });

  it('names no stage best when nothing else has enough days to compare', () => {
    const sentence = timingSentence([
      stage('Shaping the solution', 9, 10, [0.5, 0.99]),
      stage('Framing the problem', 1, 2, [0, 1]),
    ]);
    expect(sentence).toBe(
      'Only “shaping the solution” has enough days yet: good on 90% of 10 days. There is nothing to compare it with until another stage has them (each stage needs 5 rated days before it is compared).',
    );
    expect(sentence).not.toMatch(/best/);
  });
});
