import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { customActivitySchema } from '../activitySchemas';
import { entrySchema } from '../entrySchemas';
import { LIMITS } from '../limits';
import { canonicalJson } from './canonicalJson';

/**
 * One JSON file holding the whole journal: entries, the user's own
 * activities and settings, exactly as stored. A format name and version say
 * what it is; a SHA-256 checksum over a canonical form of everything else
 * shows whether it arrived complete and unchanged.
 */

export const BACKUP_FORMAT = 'forkcast-backup';
/**
 * Raise when the shape changes, and teach parseBackup to read the older one.
 * 2: an activity's feel may be null (unrated). A version 1 file is read as it
 * is, since every feel in it is a number; the bump makes an older Forkcast
 * say "update" instead of calling a newer backup damaged.
 */
export const BACKUP_VERSION = 2;

const unique = <T>(items: readonly T[], key: (item: T) => string) => new Set(items.map(key)).size === items.length;

export const backupDataSchema = z.object({
  entries: z.array(entrySchema).refine((entries) => unique(entries, (entry) => entry.date), 'hold a day twice'),
  customActivities: z
    .array(customActivitySchema)
    .max(LIMITS.customActivities)
    .refine((activities) => unique(activities, (activity) => activity.id), 'hold an activity twice'),
  settings: z
    .array(z.object({ key: z.string().min(1).max(100), value: z.json() }))
    .refine((settings) => unique(settings, (setting) => setting.key), 'hold a setting twice'),
});
export type BackupData = z.infer<typeof backupDataSchema>;

export interface Backup {
  createdAt: string;
  data: BackupData;
}

function checksumOf(format: unknown, version: unknown, createdAt: unknown, data: unknown): string {
  return `sha256-${bytesToHex(sha256(utf8ToBytes(canonicalJson({ format, version, createdAt, data }))))}`;
}

/** The backup file's text. */
export function createBackup(data: BackupData, now: Date): string {
  const createdAt = now.toISOString();
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt,
    checksum: checksumOf(BACKUP_FORMAT, BACKUP_VERSION, createdAt, data),
    data,
  });
}

/** A name for the backup file, e.g. forkcast-backup-2026-11-20.json. */
export function backupFileName(now: Date): string {
  return `forkcast-backup-${now.toISOString().slice(0, 10)}.json`;
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; reason: string };

/** Only the outer shape; each part is checked in turn so the reason names the first problem. */
const envelopeSchema = z.object({
  format: z.unknown().optional(),
  version: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  checksum: z.unknown().optional(),
  data: z.unknown().optional(),
});

/** Reads and checks a backup; every failure says what was wrong and that nothing was restored. */
export function parseBackup(text: string): BackupResult {
  const fail = (reason: string): BackupResult => ({ ok: false, reason: `${reason} Nothing was restored.` });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(
      text.trimStart().startsWith('{')
        ? 'The backup file is cut short or damaged: it is not complete JSON.'
        : 'This is not a Forkcast backup: it is not a JSON file.',
    );
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success || envelope.data.format !== BACKUP_FORMAT) {
    return fail('This is not a Forkcast backup: it does not say it is one.');
  }
  const { format, version, createdAt, checksum, data } = envelope.data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('The backup has no valid format version.');
  }
  if (version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer version of Forkcast (backup format ${version}; this app reads up to ${BACKUP_VERSION}). Update Forkcast to restore it.`,
    );
  }
  if (checksum !== checksumOf(format, version, createdAt, data)) {
    return fail('The backup does not match its checksum, so it was changed or damaged after it was saved.');
  }
  const stamp = z.iso.datetime().safeParse(createdAt);
  const parsed = backupDataSchema.safeParse(data);
  if (!stamp.success || !parsed.success) {
    const issue = parsed.error?.issues[0];
    const where = issue ? ` (${['data', ...issue.path].join('.')} ${issue.message})` : '';
    return fail(`The backup is not in the shape Forkcast expects${where}.`);
  }
  return { ok: true, backup: { createdAt: stamp.data, data: parsed.data } };
}
