import { canonicalJson } from './backup/canonicalJson';
import type { Entry } from './entry';

/** What a day holds, apart from when and how often it was saved. */
type DayContent = Omit<Entry, 'createdAt' | 'updatedAt' | 'revision'>;

const COMPARED: [string, (entry: DayContent) => unknown][] = [
  ['day kind', (entry) => entry.dayKind],
  ['energy', (entry) => entry.energy],
  ['prompt answers', (entry) => [entry.prompts, entry.promptShuffle]],
  ['activities', (entry) => entry.activities],
  ['timing', (entry) => entry.timing],
  ['highlight', (entry) => entry.highlight],
  ['worst-hour answers', (entry) => entry.worstDay],
  ['motive', (entry) => entry.motive],
  ['notes', (entry) => entry.notes],
  ['tags', (entry) => entry.tags],
];

/**
 * What differs between two versions of a day, in words ("notes", "energy"…),
 * ignoring when and how often it was saved: for the import's preview and for
 * Today's unsaved drafts alike, so it lives apart from the import code.
 */
export function dayDifferences(mine: DayContent, theirs: DayContent): string[] {
  return COMPARED.filter(([, pick]) => canonicalJson(pick(mine)) !== canonicalJson(pick(theirs))).map(
    ([label]) => label,
  );
}
