/** How long the journal may go without a backup or export before a gentle reminder. */
export const BACKUP_REMINDER_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from an ISO timestamp to `now`, or null when there is none. */
export function daysSince(iso: string | undefined, now: Date): number | null {
  if (!iso) return null;
  const then = Date.parse(iso);
  return Number.isNaN(then) ? null : Math.floor((now.getTime() - then) / DAY_MS);
}

/**
 * Whether Today should show the backup reminder: the journal has gone
 * BACKUP_REMINDER_DAYS without a backup or export (counted from its first
 * entry when there never was one), and the reminder was not shown in that
 * time either, so it appears at most once a month.
 */
export function isBackupReminderDue(input: {
  lastBackupAt?: string;
  lastShownAt?: string;
  /** When the journal's first entry was created; undefined for an empty journal. */
  journalSince?: string;
  now: Date;
}): boolean {
  const sinceBackup = daysSince(input.lastBackupAt ?? input.journalSince, input.now);
  if (sinceBackup === null || sinceBackup < BACKUP_REMINDER_DAYS) return false;
  const sinceShown = daysSince(input.lastShownAt, input.now);
  return sinceShown === null || sinceShown >= BACKUP_REMINDER_DAYS;
}
