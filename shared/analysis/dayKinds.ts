import type { DayKind } from '../entry';

export interface KindCounts {
  good: number;
  mixed: number;
  bad: number;
}

// Spelled-out branches rather than counts[kind] += 1: a computed key costs a slow property lookup per entry.

export function countKind(counts: KindCounts, kind: DayKind): void {
  if (kind === 'good') counts.good += 1;
  else if (kind === 'mixed') counts.mixed += 1;
  else counts.bad += 1;
}
