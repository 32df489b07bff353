import { z } from 'zod';
import { ISO_WEEKDAYS, type IsoWeekday } from '../../../shared';
import { db } from './database';

/** Minutes without a key press, click or scroll after which a locked journal locks again. */
export const IDLE_LOCK_CHOICES = [1, 5, 10, 15, 30, 60] as const;
export const DEFAULT_IDLE_LOCK_MINUTES: (typeof IDLE_LOCK_CHOICES)[number] = 10;
/** The weekly review is offered from this ISO weekday on (Friday: the end of most work weeks). */
export const DEFAULT_REVIEW_WEEKDAY: IsoWeekday = 5;

/**
 * Every setting the app stores, with the schema its value must match. None
 * holds text the user wrote, so settings stay in the clear under the lock
 * (SECURITY.md lists them).
 */
const SETTINGS = {
  /** When persistent storage was last asked for, and the browser's answer. */
  storagePersistence: z.object({ askedAt: z.iso.datetime(), granted: z.boolean() }),
  /** The last time the user took their data out (export or backup). */
  lastBackupAt: z.iso.datetime(),
  /** When the backup reminder was last shown on Today, so it stays gentle. */
  backupReminderShownAt: z.iso.datetime(),
  /** How long the journal may sit idle before it locks, in minutes. */
  lockIdleMinutes: z.union(IDLE_LOCK_CHOICES.map((minutes) => z.literal(minutes))),
  /** Wrong passphrases in a row and when the last came, for the growing wait before the next try. */
  unlockFailures: z.object({ count: z.number().int().min(1), lastAt: z.iso.datetime() }),
  /** The ISO weekday (1 Monday … 7 Sunday) from which Today offers the week's review. */
  reviewWeekday: z.union(ISO_WEEKDAYS.map((day) => z.literal(day))),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]>;

/** Settings about this computer's lock screen, not the journal: a backup neither carries nor replaces them. */
const LOCAL_SETTINGS: ReadonlySet<string> = new Set<SettingKey>(['unlockFailures']);

export function isLocalSetting(key: string): boolean {
  return LOCAL_SETTINGS.has(key);
}

/** Reads a setting; a missing or malformed value reads as undefined rather than breaking the app. */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K> | undefined> {
  const row = await db.settings.get(key);
  if (!row) return undefined;
  const parsed = SETTINGS[key].safeParse(row.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
  await db.settings.put({ key, value: SETTINGS[key].parse(value) });
}

export async function deleteSetting(key: SettingKey): Promise<void> {
  await db.settings.delete(key);
}
