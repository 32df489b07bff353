import type { Entry } from '../shared';
import { generateJournal } from '../tests/fixtures/journal';

/** Where the Node cases' journals end; the browser's end today, so the Today view opens on a written day. */
export const NODE_END_DATE = '2026-11-20';

/**
 * The journal every case measures: the tests' seeded generator, one entry a
 * day ending at `endDate`. A persona who changes path halfway keeps every
 * chart and both path sides busy. The page and Node generate it alike.
 */
export function benchJournal(count: number, endDate: string): Entry[] {
  return generateJournal({ seed: 6, days: count, endDate, persona: 'flipper' });
}
