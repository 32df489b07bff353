import type { PathLean } from '../activities';
import type { Feel } from '../entry';

/**
 * Flat properties: top-level summaries of a day's nested activities, for
 * Obsidian's Properties panel and Dataview, which show and edit only scalars
 * and lists of text at the top level. They are derived: import reads the
 * nested activities, and when a flat property disagrees with them (edited in
 * another app) the preview says so for that day instead of taking the edit
 * or dropping it silently.
 */

/** An activity as the summaries see it: its feel, the path it leans to and its name, when known. */
export interface FlatActivity {
  id: string;
  feel: Feel | null;
  lean: PathLean | undefined;
  label: string | undefined;
}

/** The mean feel of each path's rated activities, and every activity's name. */
export interface FlatProperties {
  feelManagement?: number;
  feelArchitecture?: number;
  activityNames?: string[];
}

export const FLAT_PROPERTY_KEYS = ['feelManagement', 'feelArchitecture', 'activityNames'] as const;

const FEEL_KEYS = { management: 'feelManagement', architecture: 'feelArchitecture' } as const;

/** A name as a list item: the activity's label, or its id when the file or catalog has none. */
const nameOf = (activity: FlatActivity) => activity.label ?? activity.id;

/**
 * The summaries of `activities`. A path's feel is the mean of its rated
 * activities, to one decimal; a path with none has no feel (unrated is not
 * neutral), and no activities means no list.
 */
export function flatProperties(activities: readonly FlatActivity[]): FlatProperties {
  const flat: FlatProperties = {};
  if (activities.length === 0) return flat;
  let managementSum = 0;
  let managementCount = 0;
  let architectureSum = 0;
  let architectureCount = 0;
  for (const { feel, lean } of activities) {
    if (feel === null) continue;
    if (lean === 'management') {
      managementSum += feel;
      managementCount += 1;
    } else if (lean === 'architecture') {
      architectureSum += feel;
      architectureCount += 1;
    }
  }
  // Divided by 10 after rounding, so the number prints as its one-decimal text (0.7, not 0.7000000000000001).
  if (managementCount > 0) flat.feelManagement = Math.round((managementSum / managementCount) * 10) / 10 || 0;
  if (architectureCount > 0) flat.feelArchitecture = Math.round((architectureSum / architectureCount) * 10) / 10 || 0;
  flat.activityNames = activities.map(nameOf);
  return flat;
}

const quoteList = (names: readonly string[]) =>
  names.length === 0 ? 'none' : names.map((name) => `“${name}”`).join(', ');

const shown = (value: unknown) => (typeof value === 'string' ? `“${value}”` : JSON.stringify(value));

/**
 * What a front matter's flat properties say that its activities do not, one
 * sentence each (for the preview, after the day's date). A property left out
 * or emptied says nothing, as the next export writes it again.
 */
export function flatPropertyEdits(raw: Record<string, unknown>, activities: readonly FlatActivity[]): string[] {
  if (raw.feelManagement == null && raw.feelArchitecture == null && raw.activityNames == null) return [];
  const derived = flatProperties(activities);
  const edits: string[] = [];
  for (const lean of ['management', 'architecture'] as const) {
    const key = FEEL_KEYS[lean];
    const value = raw[key];
    if (value == null || value === derived[key]) continue;
    edits.push(
      derived[key] === undefined
        ? `${key} is ${shown(value)}, but no rated ${lean} activity in its activities list gives it a feel`
        : `${key} is ${shown(value)}, but its activities list gives ${derived[key]}`,
    );
  }
  const names = raw.activityNames;
  if (names != null) {
    const listed = (Array.isArray(names) ? names : [names]).map(String);
    const have = derived.activityNames ?? [];
    const key = (list: readonly string[]) => [...list].sort().join('\n');
    // Files as Forkcast writes them list the names in the activities' order; only others need sorting.
    const inOrder = listed.length === have.length && listed.every((name, index) => name === have[index]);
    if (!inOrder && key(listed) !== key(have)) {
      edits.push(`activityNames lists ${quoteList(listed)}, but its activities list has ${quoteList(have)}`);
    }
  }
  return edits;
}
