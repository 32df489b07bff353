import { z } from 'zod';
import { db } from './database';

/** Every setting the app stores, with the schema its value must match. */
const SETTINGS = {
  /** When persistent storage was last asked for, and the browser's answer. */
  storagePersistence: z.object({ askedAt: z.iso.datetime(), granted: z.boolean() }),
  /** The last time the user took their data out (export or backup). */
  lastBackupAt: z.iso.datetime(),
  /** When the backup reminder was last shown on Today, so it stays gentle. */
  backupReminderShownAt: z.iso.datetime(),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]>;

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
