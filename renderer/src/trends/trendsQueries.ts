import { db } from '../data/database';

/**
 * A cheap fingerprint of the journal: how many days, the latest save, and the
 * user's own activities (their paths change the lean). The live query behind
 * it re-runs on every write to these tables; when the fingerprint changes the
 * trends are computed again. Every save bumps `updatedAt` and every delete the
 * count, so ordinary edits always show; only a bulk import that swaps days for
 * older copies without changing the count could slip past it.
 */
export async function journalFingerprint(): Promise<string> {
  const [count, latest, custom] = await Promise.all([
    // Counted on an index, whose records are tiny: counting the table itself reads every whole
    // entry in Chromium and took a fifth of a second at 10,000 days. Every entry has an updatedAt.
    db.entries.orderBy('updatedAt').count(),
    db.entries.orderBy('updatedAt').reverse().limit(1).keys(),
    db.customActivities.toArray(),
  ]);
  const activities = custom.map((activity) => `${activity.id}:${activity.lean}:${activity.label}`).join(',');
  return `${count}|${String(latest[0] ?? '')}|${activities}`;
}
