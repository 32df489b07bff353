import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { customActivitySchema } from '../activitySchemas';
import { decisionPlanSchema } from '../decisionSchemas';
import { entrySchema } from '../entrySchemas';
import { keyringSchema, type Keyring } from '../keyringSchemas';
import { LIMITS } from '../limits';
import { reviewSchema } from '../review/reviewSchemas';
import { canonicalJson } from './canonicalJson';

/**
 * One JSON file holding the whole journal: entries, the user's own
 * activities and settings, exactly as stored. A format name and version say
 * what it is; a SHA-256 checksum over a canonical form of everything else
 * shows whether it arrived complete and unchanged.
 *
 * The backup of a locked journal is locked too: in place of `data` it holds
 * `sealed`, that same data as one AES-256-GCM envelope under the journal's
 * data key, and `lock`, the keyring that unwraps the key with the passphrase
 * or the recovery key. Its checksum covers the ciphertext as stored, so
 * damage shows before anyone is asked for a passphrase. The sealing itself
 * is the renderer's (portability/lockedBackup.ts).
 */

export const BACKUP_FORMAT = 'forkcast-backup';
/**
 * Raise when the shape changes, and teach parseBackup to read the older one.
 * 2: an activity's feel may be null (unrated). A version 1 file is read as it
 * is, since every feel in it is a number; the bump makes an older Forkcast
 * say "update" instead of calling a newer backup damaged.
 * 4: the weekly reviews (`data.reviews`); an older file has none, and reads as having none.
 * 5: `decision`, the decision plan (absent in older files: they had none).
 * 6: the decision plan's `experiments` (an older plan has none).
 * Each bump makes an older Forkcast refuse the file rather than drop what it cannot read.
 */
export const BACKUP_VERSION = 6;

/** The first format that can be locked: 3 adds `lock` and `sealed` in place of `data`; a plain one is as in 2. */
const FIRST_LOCKED_VERSION = 3;

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
  /** Since format 4; older backups have none. */
  reviews: z
    .array(reviewSchema)
    .refine((reviews) => unique(reviews, (review) => review.week), 'hold a week’s review twice')
    .default([]),
  /** Since format 5; null (or, in older files, absent) when the journal has no decision plan. */
  decision: decisionPlanSchema.nullable().optional(),
});
export type BackupData = z.infer<typeof backupDataSchema>;

export interface Backup {
  createdAt: string;
  data: BackupData;
}

/** The backup data of a locked journal, sealed: a nonce and the ciphertext with its tag, base64. */
export const sealedBackupSchema = z.object({ iv: z.base64(), data: z.base64() });
export type SealedBackup = z.infer<typeof sealedBackupSchema>;

/** A locked backup as read: nothing in it is readable until its keyring is opened. */
export interface LockedBackup {
  createdAt: string;
  keyring: Keyring;
  sealed: SealedBackup;
}

/** SHA-256 over the canonical JSON of every field but the checksum itself. */
function checksumOf(fields: Record<string, unknown>): string {
  return `sha256-${bytesToHex(sha256(utf8ToBytes(canonicalJson(fields))))}`;
}

function fileText(fields: Record<string, unknown>): string {
  const { format, version, createdAt, ...content } = fields;
  return JSON.stringify({ format, version, createdAt, checksum: checksumOf(fields), ...content });
}

/** The backup file's text. */
export function createBackup(data: BackupData, now: Date): string {
  return fileText({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), data });
}

/**
 * The text of a locked journal's backup. `createdAt` is the one the data was
 * sealed under (it is part of the envelope's associated data); the keyring
 * goes in without its computer-account slot, which belongs to this machine.
 */
export function createLockedBackup(keyring: Keyring, sealed: SealedBackup, createdAt: string): string {
  const lock: Keyring = { ...keyring, state: 'on', system: null };
  return fileText({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt, lock, sealed });
}

/** A name for the backup file, e.g. forkcast-backup-2026-11-20.json. */
export function backupFileName(now: Date): string {
  return `forkcast-backup-${now.toISOString().slice(0, 10)}.json`;
}

export type BackupResult =
  | { ok: true; backup: Backup }
  /** A locked journal's backup: the keyring must be opened (passphrase or recovery key) to read it. */
  | { ok: true; locked: LockedBackup }
  | { ok: false; reason: string };

/** Only the outer shape; each part is checked in turn so the reason names the first problem. */
const envelopeSchema = z.object({
  format: z.unknown().optional(),
  version: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  checksum: z.unknown().optional(),
  data: z.unknown().optional(),
  lock: z.unknown().optional(),
  sealed: z.unknown().optional(),
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
  const { format, version, createdAt, checksum, data, lock, sealed } = envelope.data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('The backup has no valid format version.');
  }
  if (version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer version of Forkcast (backup format ${version}; this app reads up to ${BACKUP_VERSION}). Update Forkcast to restore it.`,
    );
  }
  const isLocked = data === undefined && (lock !== undefined || sealed !== undefined);
  const fields = isLocked ? { format, version, createdAt, lock, sealed } : { format, version, createdAt, data };
  if (checksum !== checksumOf(fields)) {
    return fail('The backup does not match its checksum, so it was changed or damaged after it was saved.');
  }
  const stamp = z.iso.datetime().safeParse(createdAt);
  if (isLocked) {
    const keyring = keyringSchema.safeParse(lock);
    const box = sealedBackupSchema.safeParse(sealed);
    if (version < FIRST_LOCKED_VERSION || !stamp.success || !keyring.success || !box.success) {
      const issue = keyring.error?.issues[0] ?? box.error?.issues[0];
      const where = issue
        ? ` (${[keyring.success ? 'sealed' : 'lock', ...issue.path].join('.')} ${issue.message})`
        : '';
      return fail(`The locked backup is not in the shape Forkcast expects${where}.`);
    }
    return { ok: true, locked: { createdAt: stamp.data, keyring: keyring.data, sealed: box.data } };
  }
  const parsed = backupDataSchema.safeParse(data);
  if (!stamp.success || !parsed.success) {
    const issue = parsed.error?.issues[0];
    const where = issue ? ` (${['data', ...issue.path].join('.')} ${issue.message})` : '';
    return fail(`The backup is not in the shape Forkcast expects${where}.`);
  }
  return { ok: true, backup: { createdAt: stamp.data, data: parsed.data } };
}
