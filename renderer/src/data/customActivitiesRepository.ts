import {
  customActivityId,
  customActivitySchema,
  describeIssues,
  LIMITS,
  type CustomActivity,
  type PathLean,
} from '../../../shared';
import { db } from './database';
import { ValidationError } from './errors';
import {
  activityRow,
  checkWriteMode,
  openActivities,
  openActivityRows,
  sameRow,
  writeMode,
  type OpenedActivity,
  type WriteMode,
} from './journalRows';
import type { CustomActivityRow } from './sealedRows';

/** The user's own activities, oldest first. */
export async function listCustomActivities(): Promise<CustomActivity[]> {
  return openActivities(await db.customActivities.toArray());
}

interface ActivitiesChange<T> {
  put: CustomActivityRow[];
  /** Row keys to remove, such as a plain row that a sealed one replaces. */
  remove?: string[];
  result: T;
}

/**
 * Changes the activities table after reading it whole: `plan` works on the
 * opened activities outside any transaction (sealing needs WebCrypto), and
 * the change is written only if no row changed meanwhile; otherwise it reads
 * again. The table holds at most LIMITS.customActivities rows.
 */
async function changeActivities<T>(
  plan: (existing: OpenedActivity[], mode: WriteMode) => Promise<ActivitiesChange<T>>,
): Promise<T> {
  const mode = writeMode();
  for (let attempt = 1; ; attempt += 1) {
    const before = await db.customActivities.toArray();
    const change = await plan(await openActivityRows(before, mode.state), mode);
    const written = await db.transaction('rw', db.customActivities, db.keyring, async () => {
      await checkWriteMode(mode);
      const now = await db.customActivities.toArray();
      if (now.length !== before.length || now.some((row, index) => !sameRow(row, before[index]))) return false;
      await db.customActivities.bulkDelete(change.remove ?? []);
      await db.customActivities.bulkPut(change.put);
      return true;
    });
    if (written) return change.result;
    if (attempt === 5) throw new ValidationError('Your activities keep changing in another window; try again.');
  }
}

/** Adds an activity of the user's own; its id is derived from the label and unique. */
export function addCustomActivity(label: string, lean: PathLean, now = new Date()): Promise<CustomActivity> {
  return changeActivities(async (existing, mode) => {
    if (existing.length >= LIMITS.customActivities) {
      throw new ValidationError(
        `You already have ${LIMITS.customActivities} activities of your own; remove one first.`,
      );
    }
    const trimmed = label.trim();
    if (existing.some(({ activity }) => activity.label.toLowerCase() === trimmed.toLowerCase())) {
      throw new ValidationError(`You already have an activity called “${trimmed}”.`);
    }
    const candidate = {
      id: customActivityId(trimmed, new Set(existing.map(({ activity }) => activity.id))),
      label: trimmed,
      lean,
      createdAt: now.toISOString(),
    };
    const parsed = customActivitySchema.safeParse(candidate);
    if (!parsed.success) throw new ValidationError(describeIssues(parsed.error, 'The activity'));
    return { put: [await activityRow(parsed.data, mode)], result: parsed.data };
  });
}

/** Changes which path an activity of the user's own leans to; past entries follow. */
export async function setCustomActivityLean(id: string, lean: PathLean): Promise<void> {
  await changeActivities(async (existing, mode) => {
    const found = existing.find(({ activity }) => activity.id === id);
    if (!found) return { put: [], result: undefined };
    const row = await activityRow({ ...found.activity, lean }, mode, found.row);
    return { put: [row], remove: row.id === found.row.id ? [] : [found.row.id], result: undefined };
  });
}
