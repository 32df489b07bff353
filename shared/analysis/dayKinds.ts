import type { DayKind, WorstDayAnswer } from '../entry';

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

export interface AnswerCounts {
  yes: number;
  no: number;
  unsure: number;
}

export function countAnswer(counts: AnswerCounts, answer: WorstDayAnswer): void {
  if (answer === 'yes') counts.yes += 1;
  else if (answer === 'no') counts.no += 1;
  else counts.unsure += 1;
}
