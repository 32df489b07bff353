import {
  LIMITS,
  normaliseTag,
  stripControlChars,
  tagSchema,
  type Entry,
  type EntryActivity,
  type Feel,
  type ShownPrompt,
} from '../../../shared';

/**
 * Small pure edits of an entry, one per user action, so the view stays a
 * plain list of controls and each edit is testable on its own.
 */

/** Stores an answer, keeping the shown prompts (answered or not) in their order. */
export function setAnswer(entry: Entry, shown: readonly ShownPrompt[], id: string, answer: string): Entry {
  const clean = stripControlChars(answer);
  return {
    ...entry,
    prompts: shown.map((prompt) => ({ id: prompt.id, answer: prompt.id === id ? clean : prompt.answer })),
  };
}

export function shufflePrompts(entry: Entry): Entry {
  return { ...entry, promptShuffle: entry.promptShuffle + 1 };
}

export function toggleActivity(entry: Entry, id: string, on: boolean): Entry {
  const without = entry.activities.filter((activity) => activity.id !== id);
  // A newly ticked activity is unrated until the user says how it felt: unrated is not neutral.
  return { ...entry, activities: on ? [...without, { id, feel: null }] : without };
}

/** Says how an activity felt (null: not rated), adding it to the day if it is not there yet. */
export function setFeel(entry: Entry, id: string, feel: Feel | null): Entry {
  const present = entry.activities.some((activity) => activity.id === id);
  return {
    ...entry,
    activities: present
      ? entry.activities.map((activity) => (activity.id === id ? { id, feel } : activity))
      : [...entry.activities, { id, feel }],
  };
}

/** Starts the day's activities from another day's, with how each felt; the user adjusts from there. */
export function copyActivities(entry: Entry, from: readonly EntryActivity[]): Entry {
  const seen = new Set<string>();
  const activities = from
    .filter(({ id }) => !seen.has(id) && seen.add(id))
    .slice(0, LIMITS.activitiesPerEntry)
    .map(({ id, feel }) => ({ id, feel }));
  return { ...entry, activities };
}

export function setText<K extends 'notes'>(entry: Entry, key: K, text: string): Entry {
  return { ...entry, [key]: stripControlChars(text) };
}

/** Adds tags typed as "a, b c" (two tags: a and b-c); answers with the edit, or why a tag was refused. */
export function addTags(entry: Entry, raw: string): { entry: Entry; problem: string | null } {
  const tags = [...entry.tags];
  for (const part of raw.split(',')) {
    const tag = normaliseTag(stripControlChars(part));
    if (!tag || tags.includes(tag)) continue;
    if (tags.length >= LIMITS.tagsPerEntry)
      return { entry, problem: `A day can hold at most ${LIMITS.tagsPerEntry} tags.` };
    const parsed = tagSchema.safeParse(tag);
    if (!parsed.success)
      return { entry, problem: `“${tag.slice(0, 60)}” ${parsed.error.issues[0]?.message ?? 'is not a valid tag'}.` };
    tags.push(tag);
  }
  return { entry: { ...entry, tags }, problem: null };
}

export function removeTag(entry: Entry, tag: string): Entry {
  return { ...entry, tags: entry.tags.filter((existing) => existing !== tag) };
}
