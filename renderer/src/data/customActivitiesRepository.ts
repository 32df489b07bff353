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

export function listCustomActivities(): Promise<CustomActivity[]> {
  return db.customActivities.orderBy('createdAt').toArray();
}

/** Adds an activity of the user's own; its id is derived from the label and unique. */
export async function addCustomActivity(label: string, lean: PathLean, now = new Date()): Promise<CustomActivity> {
  return db.transaction('rw', db.customActivities, async () => {
    const existing = await db.customActivities.toArray();
    if (existing.length >= LIMITS.customActivities) {
      throw new ValidationError(
        `You already have ${LIMITS.customActivities} activities of your own; remove one first.`,
      );
    }
    const trimmed = label.trim();
    if (existing.some((activity) => activity.label.toLowerCase() === trimmed.toLowerCase())) {
      throw new ValidationError(`You already have an activity called “${trimmed}”.`);
    }
    const candidate = {
      id: customActivityId(trimmed, new Set(existing.map((activity) => activity.id))),
      label: trimmed,
      lean,
      createdAt: now.toISOString(),
    };
    const parsed = customActivitySchema.safeParse(candidate);
    if (!parsed.success) throw new ValidationError(describeIssues(parsed.error, 'The activity'));
    await db.customActivities.add(parsed.data);
    return parsed.data;
  });
}

/** Changes which path an activity of the user's own leans to; past entries follow. */
export async function setCustomActivityLean(id: string, lean: PathLean): Promise<void> {
  await db.customActivities.update(id, { lean });
}
