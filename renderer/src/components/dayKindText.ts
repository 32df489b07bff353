import type { DayKind } from '../../../shared';

/** The letter shown beside a day kind's colour, so colour is never the only cue. */
export const DAY_KIND_LETTER: Record<DayKind, string> = { good: 'G', mixed: 'M', bad: 'B' };

/** "good day", "mixed day", "bad day" */
export function dayKindName(kind: DayKind): string {
  return `${kind} day`;
}
