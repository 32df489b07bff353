import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayOfWeek,
  isoWeekday,
  isWeekId,
  questionForWeek,
  REVIEW_QUESTIONS,
  shiftWeek,
  summariseWeek,
  weekDates,
  weekOf,
} from '../../../shared/review';
import { badDay, entryFixture, goodDay } from '../../fixtures/entries';

describe('weeks', () => {
  it('are ISO weeks, Monday to Sunday, named by the year of their Thursday', () => {
    expect(weekOf('2026-12-05')).toBe('2026-W49');
    expect(weekDates('2026-W49')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(weekOf('2027-01-01')).toBe('2026-W53');
    expect(weekOf('2025-12-29')).toBe('2026-W01');
    expect(isWeekId('2026-W53')).toBe(true);
    expect(isWeekId('2025-W53')).toBe(false);
    expect(isWeekId('2026-W00')).toBe(false);
    expect(isWeekId('2026-w49')).toBe(false);
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
    expect(isoWeekday('2026-12-05')).toBe(6);
    expect(dayOfWeek('2026-W49', 5)).toBe('2026-12-04');
  });

  it('hold every day they name', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 366 }), (offset) => {
        const date = new Date(Date.UTC(1900, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const week = weekOf(date);
        const { from, to } = weekDates(week);
        expect(isWeekId(week)).toBe(true);
        expect(from <= date && date <= to).toBe(true);
        expect(isoWeekday(from)).toBe(1);
        expect(weekOf(dayOfWeek(week, isoWeekday(date)))).toBe(week);
      }),
    );
  });

  it('take turns at the questions, the same week always asking the same one', () => {
    expect(questionForWeek('2026-W49')).toEqual(questionForWeek('2026-W49'));
    expect(questionForWeek('2026-W49').id).not.toBe(questionForWeek('2026-W50').id);
    expect(questionForWeek('2026-W49', 1).id).toBe(questionForWeek('2026-W50').id);
    expect(new Set(REVIEW_QUESTIONS.map((question) => question.id)).size).toBe(REVIEW_QUESTIONS.length);
  });
});

const WEEK_49 = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];
const people = (feel: -2 | -1 | 0 | 1 | 2) => ({ id: 'one-on-ones', feel });
const system = (feel: -2 | -1 | 0 | 1 | 2) => ({ id: 'design-doc', feel });

describe('the week summary', () => {
  it('counts the written days and their kinds, leaving out blank days and other weeks', () => {
    const summary = summariseWeek(
      [
        goodDay('2026-11-29'),
        goodDay('2026-11-30'),
        badDay('2026-12-01'),
        entryFixture('2026-12-02'),
        entryFixture('2026-12-03', { notes: 'No kind chosen.' }),
        entryFixture('2026-12-04', { dayKind: 'mixed' }),
        goodDay('2026-12-07'),
      ],
      '2026-W49',
    );
    expect(summary.dates).toEqual(['2026-11-30', '2026-12-01', '2026-12-03', '2026-12-04']);
    expect([summary.good, summary.mixed, summary.bad, summary.unmarked]).toEqual([1, 1, 1, 1]);
  });

  it('gives no direction for a one-sided week, however strong', () => {
    const days = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((date) =>
      goodDay(date, { activities: [system(2)] }),
    );
    const { lean } = summariseWeek(days, '2026-W49');
    expect(lean.status).toBe('one-sided');
    expect(lean.text).toMatch(/only system-shaping work \(5 days\)/);
    expect(lean.text).not.toMatch(/felt better than/);
  });

  it('gives no direction for a thin week, and says what is missing', () => {
    const days = [
      goodDay('2026-11-30', { activities: [system(2), people(-2)] }),
      goodDay('2026-12-01', { activities: [system(2)] }),
    ];
    const { lean } = summariseWeek(days, '2026-W49');
    expect(lean.status).toBe('thin');
    expect(lean.text).toMatch(/^Too few days to tell/);
  });

  it('calls a direction only when the band excludes zero', () => {
    const strong = WEEK_49.slice(0, 6).map((date) => goodDay(date, { activities: [system(2), people(-2)] }));
    const calledLean = summariseWeek(strong, '2026-W49').lean;
    expect(calledLean.status).toBe('architecture');
    expect(calledLean.band?.[0]).toBeGreaterThan(0);
    expect(calledLean.text).toMatch(/^System-shaping work felt better than people work this week/);

    const mild = ['2026-11-30', '2026-12-01'].map((date) => goodDay(date, { activities: [system(1), people(0)] }));
    const unclear = summariseWeek(mild, '2026-W49').lean;
    expect(unclear.status).toBe('unclear');
    expect(unclear.band?.[0]).toBeLessThanOrEqual(0);
  });

  it('never names a direction whose band includes zero, nor one from a side with too few days', () => {
    const feel = fc.constantFrom(-2, -1, 0, 1, 2) as fc.Arbitrary<-2 | -1 | 0 | 1 | 2>;
    const day = fc.record({ people: fc.option(feel), system: fc.option(feel) });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 7 }), (days) => {
        const entries = days.map((signals, index) =>
          goodDay(WEEK_49[index] ?? '', {
            activities: [
              ...(signals.people === null ? [] : [people(signals.people)]),
              ...(signals.system === null ? [] : [system(signals.system)]),
            ],
          }),
        );
        const { lean } = summariseWeek(entries, '2026-W49');
        if (lean.status === 'management' || lean.status === 'architecture') {
          expect(Math.min(lean.managementDays, lean.architectureDays)).toBeGreaterThanOrEqual(2);
          const [low, high] = lean.band ?? [0, 0];
          expect(low > 0 || high < 0).toBe(true);
        }
      }),
    );
  });

  it('names activities only from enough days, and only when their range clears neutral', () => {
    const few = summariseWeek([goodDay('2026-11-30'), goodDay('2026-12-01')], '2026-W49').activities;
    expect(few.enough).toBe(false);
    expect(few.text).toMatch(/^Too few days to tell/);

    // Three days of the same strong feel are still within chance.
    const thin = summariseWeek(
      WEEK_49.slice(0, 3).map((date) => goodDay(date, { activities: [system(2), people(-2)] })),
      '2026-W49',
    ).activities;
    expect(thin).toMatchObject({ enough: true, energised: [], drained: [] });
    expect(thin.text).toMatch(/cannot yet be told apart from chance/);

    const week = summariseWeek(
      WEEK_49.slice(0, 6).map((date) =>
        goodDay(date, { activities: [system(2), people(-2), { id: 'coding', feel: null }] }),
      ),
      '2026-W49',
    ).activities;
    expect(week.energised.map((row) => [row.id, row.ratedDays])).toEqual([['design-doc', 6]]);
    expect(week.drained.map((row) => [row.id, row.ratedDays])).toEqual([['one-on-ones', 6]]);
    expect(week.energised[0]?.band[0]).toBeGreaterThan(0);
  });
});
