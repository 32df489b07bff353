import {
  backupDataSchema,
  type BackupData,
  type CustomActivity,
  type Entry,
  type ExportMarkdownRequest,
  type ImportWrite,
  type LocalDate,
} from '../../../shared';
import { db } from './database';
import { validateEntry } from './entriesRepository';
import { ValidationError } from './errors';
import { getSetting, setSetting } from './settingsRepository';

/**
 * Reads and writes for export, import, backup and restore. Every write is
 * one Dexie transaction: it all happens, or on any error none of it does.
 */

export type DateRange = { from: LocalDate; to: LocalDate };

/** What a markdown export needs: the days (all, or a range) and the user's own activities. */
export function loadExportRequest(range: DateRange | null): Promise<ExportMarkdownRequest> {
  return db.transaction('r', db.entries, db.customActivities, async () => ({
    entries: range
      ? await db.entries.where('date').between(range.from, range.to, true, true).toArray()
      : await db.entries.toArray(),
    customActivities: await db.customActivities.toArray(),
    range,
  }));
}

/** The journal an import is compared with. */
export function loadJournal(): Promise<{ entries: Entry[]; customActivities: CustomActivity[] }> {
  return db.transaction('r', db.entries, db.customActivities, async () => ({
    entries: await db.entries.toArray(),
    customActivities: await db.customActivities.toArray(),
  }));
}

/**
 * Writes an import. Each day is checked again against the revision the
 * preview saw, so a day edited in another window meanwhile is not
 * overwritten: the whole import stops and asks for a fresh preview.
 */
export async function applyImport(write: ImportWrite): Promise<void> {
  const entries = write.entries.map(validateEntry);
  await db.transaction('rw', db.entries, db.customActivities, async () => {
    const current = await db.entries.bulkGet(write.expected.map((day) => day.date));
    write.expected.forEach((day, index) => {
      if ((current[index]?.revision ?? null) !== day.revision) {
        throw new ValidationError(
          `${day.date} changed after the preview (perhaps in another window). Nothing was imported; preview the import again.`,
        );
      }
    });
    const known = new Set(await db.customActivities.toCollection().primaryKeys());
    await db.customActivities.bulkAdd(write.customActivities.filter((activity) => !known.has(activity.id)));
    await db.entries.bulkPut(entries);
  });
}

/** Everything a backup holds, read in one transaction so it is consistent. */
export function loadBackupData(): Promise<BackupData> {
  return db.transaction('r', db.entries, db.customActivities, db.settings, async () => ({
    entries: await db.entries.toArray(),
    customActivities: await db.customActivities.toArray(),
    // Setting values are stored as unknown; the schema proves they are plain JSON.
    settings: backupDataSchema.shape.settings.parse(await db.settings.toArray()),
  }));
}

/** Replaces the whole journal with a checked backup. */
export async function restoreBackup(data: BackupData): Promise<void> {
  await db.transaction('rw', db.entries, db.customActivities, db.settings, async () => {
    await Promise.all([db.entries.clear(), db.customActivities.clear(), db.settings.clear()]);
    await db.entries.bulkAdd(data.entries);
    await db.customActivities.bulkAdd(data.customActivities);
    await db.settings.bulkAdd(data.settings);
  });
}

/** What a restore would replace: counts, and the days the backup lacks. */
export async function summariseJournal(backupDates: ReadonlySet<LocalDate>) {
  return db.transaction('r', db.entries, db.customActivities, async () => {
    const dates = await db.entries.toCollection().primaryKeys();
    return {
      days: dates.length,
      customActivities: await db.customActivities.count(),
      daysNotInBackup: dates.filter((date) => !backupDates.has(date)).length,
    };
  });
}

/** Remembers that the user took their data out, for the backup reminder. */
export async function recordBackup(now = new Date()): Promise<void> {
  await setSetting('lastBackupAt', now.toISOString());
}

export function getLastBackupAt(): Promise<string | undefined> {
  return getSetting('lastBackupAt');
}

/** What the reminder needs to decide; the first day's creation stands in for the journal's start. */
export async function loadReminderState(): Promise<{
  lastBackupAt?: string;
  lastShownAt?: string;
  journalSince?: string;
}> {
  const [lastBackupAt, lastShownAt, first] = await Promise.all([
    getSetting('lastBackupAt'),
    getSetting('backupReminderShownAt'),
    db.entries.orderBy('date').first(),
  ]);
  return { lastBackupAt, lastShownAt, journalSince: first?.createdAt };
}

export async function recordReminderShown(now = new Date()): Promise<void> {
  await setSetting('backupReminderShownAt', now.toISOString());
}
