import { describe, expect, it } from 'vitest';
import { customRangeProblem, describeRange, rangeKey, resolveRange } from '../../../shared/trends';

describe('ranges', () => {
  it('counts today in a trailing window', () => {
    expect(resolveRange({ kind: 'last', days: 30 }, '2026-11-20')).toEqual({ from: '2026-10-22', to: '2026-11-20' });
    expect(resolveRange({ kind: 'last', days: 365 }, '2026-03-01')).toEqual({ from: '2025-03-02', to: '2026-03-01' });
  });

  it('leaves "all" open at the start and keeps custom dates as given', () => {
    expect(resolveRange({ kind: 'all' }, '2026-11-20')).toEqual({ from: null, to: '2026-11-20' });
    expect(resolveRange({ kind: 'custom', from: '2026-01-01', to: '2026-02-01' }, '2026-11-20')).toEqual({
      from: '2026-01-01',
      to: '2026-02-01',
    });
  });

  it('explains what is wrong with typed dates', () => {
    expect(customRangeProblem('', '2026-02-01', '2026-11-20')).toBe('Choose a start date.');
    expect(customRangeProblem('2026-01-01', '2026-02-30', '2026-11-20')).toBe('Choose an end date.');
    expect(customRangeProblem('2026-03-01', '2026-02-01', '2026-11-20')).toBe(
      'The start date comes after the end date.',
    );
    expect(customRangeProblem('2026-12-01', '2026-12-02', '2026-11-20')).toBe('The range starts in the future.');
    expect(customRangeProblem('2026-01-01', '2026-01-01', '2026-11-20')).toBeNull();
  });

  it('describes and keys a range', () => {
    expect(describeRange({ from: '2026-08-01', to: '2026-11-20' })).toBe('1 Aug 2026 – 20 Nov 2026');
    expect(describeRange({ from: null, to: '2026-11-20' })).toBe('everything up to 20 Nov 2026');
    expect(rangeKey({ from: null, to: '2026-11-20' })).not.toBe(rangeKey({ from: '2026-11-01', to: '2026-11-20' }));
  });
});
