import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decisionPlanSchema,
  experimentListSchema,
  experimentProblem,
  experimentSchema,
  experimentsOverlap,
  shiftDate,
} from '../../shared';

const valid = {
  label: 'Two weeks of design reviews',
  focus: 'architecture' as const,
  start: '2026-11-02',
  end: '2026-11-15',
};

describe('the experiment schema', () => {
  it('takes a named period of one kind of work, trimming its name', () => {
    expect(experimentSchema.parse({ ...valid, label: '  Two weeks  ' })).toEqual({ ...valid, label: 'Two weeks' });
    expect(experimentSchema.safeParse({ ...valid, end: valid.start }).success).toBe(true);
    expect(experimentSchema.safeParse({ ...valid, end: shiftDate(valid.start, 90) }).success).toBe(true);
  });

  it.each([
    ['an empty name', { ...valid, label: '  ' }, 'label'],
    ['a name too long', { ...valid, label: 'x'.repeat(81) }, 'label'],
    ['another focus', { ...valid, focus: 'coding' }, 'focus'],
    ['an impossible date', { ...valid, start: '2026-02-29' }, 'start'],
    ['an end before its start', { ...valid, end: '2026-11-01' }, 'end'],
    ['more than 91 days', { ...valid, end: shiftDate(valid.start, 91) }, 'end'],
  ])('refuses %s, naming the field', (_, candidate, field) => {
    const result = experimentSchema.safeParse(candidate);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('refuses a list whose experiments share a day, and a plan holding one', () => {
    const next = { ...valid, label: 'People month', focus: 'management', start: '2026-11-15', end: '2026-12-10' };
    const list = experimentListSchema.safeParse([valid, next]);
    expect(list.error?.issues[0]).toMatchObject({
      path: [1],
      message: 'shares days with experiment 1 (“Two weeks of design reviews”)',
    });
    expect(experimentListSchema.safeParse([valid, { ...next, start: '2026-11-16' }]).success).toBe(true);
    const plan = {
      decisionDate: null,
      record: null,
      experiments: [valid, next],
      updatedAt: '2026-11-20T18:00:00.000Z',
    };
    expect(decisionPlanSchema.safeParse(plan).success).toBe(false);
    // A plan from before experiments reads as having none.
    expect(decisionPlanSchema.parse({ ...plan, experiments: undefined }).experiments).toEqual([]);
  });

  it('calls two periods overlapping exactly when they share a day, and the form says so', () => {
    const period = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
      .map(([offset, length]) => ({
        start: shiftDate('2026-01-01', offset),
        end: shiftDate('2026-01-01', offset + length),
      }));
    fc.assert(
      fc.property(period, period, (a, b) => {
        const days = (p: { start: string; end: string }) => {
          const out = new Set<string>();
          for (let d = p.start; d <= p.end; d = shiftDate(d, 1)) out.add(d);
          return out;
        };
        const shared = [...days(a)].some((d) => days(b).has(d));
        expect(experimentsOverlap(a, b)).toBe(shared);
        const problem = experimentProblem({ ...b, label: 'B', focus: 'management' }, [{ ...valid, ...a, label: 'A' }]);
        expect(problem?.startsWith('It shares days with “A”') ?? false).toBe(shared);
      }),
    );
  });
});
