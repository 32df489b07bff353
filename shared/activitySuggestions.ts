// Which activities the daily entry offers first: those the user logs often
// and lately, so a returning user rates a day without searching.
import type { Entry } from './entry';

/** How many past days the suggestions look at. */
export const SUGGESTION_WINDOW_DAYS = 30;

/**
 * What a new journal offers before it has a history: common work from each
 * side and from both, in equal measure, so the first suggestions lean to
 * neither path.
 */
export const STARTER_ACTIVITIES: readonly string[] = [
  'one-on-ones',
  'design-doc',
  'coding',
  'unblock-team',
  'problem-framing',
  'code-review',
  'give-feedback',
  'technical-direction',
];

/**
 * Up to `count` activity ids, most used first over the `recent` days (newest
 * first, at most SUGGESTION_WINDOW_DAYS of them); the last day's own
 * activities count double, so yesterday's work is at hand. Ties go to the
 * more recently used. A short history is topped up from STARTER_ACTIVITIES.
 * `known` filters out ids that no longer name an activity.
 */
export function suggestActivities(
  recent: readonly Pick<Entry, 'activities'>[],
  count: number,
  known: (id: string) => boolean = () => true,
): string[] {
  const score = new Map<string, number>();
  const lastUsed = new Map<string, number>();
  recent.slice(0, SUGGESTION_WINDOW_DAYS).forEach((entry, age) => {
    for (const { id } of entry.activities) {
      if (!known(id)) continue;
      score.set(id, (score.get(id) ?? 0) + (age === 0 ? 2 : 1));
      if (!lastUsed.has(id)) lastUsed.set(id, age);
    }
  });
  const ranked = [...score.keys()].sort(
    (a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || (lastUsed.get(a) ?? 0) - (lastUsed.get(b) ?? 0),
  );
  for (const id of STARTER_ACTIVITIES) if (!score.has(id) && known(id)) ranked.push(id);
  return ranked.slice(0, count);
}
