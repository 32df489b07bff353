import {
  backupDataSchema,
  createLockedBackup,
  type Backup,
  type BackupData,
  type Keyring,
  type LockedBackup,
} from '../../../shared';
import { fromBase64, toBase64 } from '../crypto/bytes';
import { LABELS, openJson, SealBrokenError, sealJson } from '../crypto/envelope';
import { openKeyring, type Secret } from '../crypto/keyring';
import { readRecoveryKey } from '../crypto/recoveryKey';
import { ValidationError } from '../data/errors';

/**
 * Backups of a locked journal: the whole backup sealed under the journal's
 * data key, with the keyring beside it, so restoring asks for the passphrase
 * (or the recovery key) the journal had when the backup was made.
 */

/** The text of a locked backup of `data`. */
export async function sealBackup(data: BackupData, keyring: Keyring, key: CryptoKey, now: Date): Promise<string> {
  const createdAt = now.toISOString();
  const box = await sealJson(key, data, LABELS.backup(createdAt));
  return createLockedBackup(keyring, { iv: toBase64(box.iv), data: toBase64(box.data) }, createdAt);
}

/** What was typed to open a locked backup: a recovery key when it reads as one, a passphrase otherwise. */
export function backupSecret(typed: string): Secret {
  return readRecoveryKey(typed).ok ? { recoveryKey: typed } : { passphrase: typed };
}

export interface OpenedBackup {
  backup: Backup;
  /** The backup's keyring and data key, for a journal with no lock of its own to take on. */
  keyring: Keyring;
  key: CryptoKey;
}

/**
 * Opens a locked backup. A wrong passphrase or recovery key throws a
 * WrongSecretError; contents that do not open or do not hold a journal throw
 * a ValidationError that says so. Nothing is restored either way.
 */
export async function openLockedBackup(locked: LockedBackup, secret: Secret): Promise<OpenedBackup> {
  const key = await openKeyring(locked.keyring, secret);
  let payload: unknown;
  try {
    const box = { iv: fromBase64(locked.sealed.iv), data: fromBase64(locked.sealed.data) };
    payload = await openJson(key, box, LABELS.backup(locked.createdAt));
  } catch (error) {
    if (!(error instanceof SealBrokenError)) throw error;
    throw new ValidationError(
      'The backup’s contents do not open with its key: they were changed or damaged after it was saved. Nothing was restored.',
    );
  }
  const parsed = backupDataSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? ` (${['data', ...issue.path].join('.')} ${issue.message})` : '';
    throw new ValidationError(`The backup is not in the shape Forkcast expects${where}. Nothing was restored.`);
  }
  return { backup: { createdAt: locked.createdAt, data: parsed.data }, keyring: locked.keyring, key };
}
