import { bytesToHex } from '@noble/hashes/utils.js';
import { KEYRING_FORMAT, KEYRING_ID, type Keyring, type KeyWrap } from '../../../shared';
import { fromBase64, randomBytes, toBase64, utf8, type Bytes } from './bytes';
import { importAesKey, LABELS, openBytes, sealBytes, SealBrokenError } from './envelope';
import { derivePassphraseKey, newKdfParams, type KdfCost } from './kdf';
import { newRecoveryKey, readRecoveryKey } from './recoveryKey';

/**
 * The keyring: one random 256-bit data key seals the journal, and the
 * keyring keeps it wrapped (AES-GCM) once per way in: under a key derived
 * from the passphrase, under one derived from the recovery key, and
 * optionally under a secret the operating system keeps for the user's
 * account. Changing the passphrase rewraps this one key; no entry changes.
 *
 * The data key exists unwrapped only for the moment it takes to import it
 * into WebCrypto as a non-extractable key, or to wrap it again.
 */

/** One way to prove the right to the data key. */
export type Secret = { passphrase: string } | { recoveryKey: string } | { systemSecret: Bytes };

/** The secret did not open the keyring; the message says so in the user's terms. */
export class WrongSecretError extends Error {
  override name = 'WrongSecretError';
  constructor(
    message: string,
    /** False when the secret was refused before it was tried (a recovery key with a typo): not a failed guess. */
    readonly tried = true,
  ) {
    super(message);
  }
}

const RECOVERY_INFO = utf8('forkcast/recovery/1');
const DATA_KEY_BYTES = 32;

async function recoveryKek(secret: Bytes, salt: Bytes): Promise<CryptoKey> {
  // The recovery key carries 160 random bits, so HKDF suffices; a passphrase needs scrypt.
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: RECOVERY_INFO },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function wrap(kek: CryptoKey, raw: Bytes, keyId: string, slot: string): Promise<KeyWrap> {
  const box = await sealBytes(kek, raw, LABELS.keySlot(keyId, slot));
  return { iv: toBase64(box.iv), data: toBase64(box.data) };
}

async function unwrap(kek: CryptoKey, wrapped: KeyWrap, keyId: string, slot: string, wrong: string): Promise<Bytes> {
  try {
    const raw = await openBytes(
      kek,
      { iv: fromBase64(wrapped.iv), data: fromBase64(wrapped.data) },
      LABELS.keySlot(keyId, slot),
    );
    if (raw.length !== DATA_KEY_BYTES) throw new SealBrokenError();
    return raw;
  } catch (error) {
    if (error instanceof SealBrokenError) throw new WrongSecretError(wrong);
    throw error;
  }
}

async function passphraseWrap(raw: Bytes, keyId: string, passphrase: string, cost?: KdfCost) {
  const kdf = newKdfParams(cost);
  const kek = await importAesKey(await derivePassphraseKey(passphrase, kdf));
  return { kdf, passphrase: await wrap(kek, raw, keyId, 'passphrase') };
}

async function recoveryWrap(raw: Bytes, keyId: string) {
  const { secret, text } = newRecoveryKey();
  const salt = randomBytes(16);
  const wrapped = await wrap(await recoveryKek(secret, salt), raw, keyId, 'recovery');
  return { text, recovery: { ...wrapped, salt: toBase64(salt) } };
}

/** The raw data key, unwrapped with one secret. The caller zeroes it when done. */
async function unwrapDataKey(keyring: Keyring, secret: Secret): Promise<Bytes> {
  const { keyId } = keyring;
  if ('passphrase' in secret) {
    const kek = await importAesKey(await derivePassphraseKey(secret.passphrase, keyring.kdf));
    return unwrap(kek, keyring.passphrase, keyId, 'passphrase', 'That passphrase does not open this journal.');
  }
  if ('recoveryKey' in secret) {
    const reading = readRecoveryKey(secret.recoveryKey);
    if (!reading.ok) throw new WrongSecretError(reading.reason, false);
    const kek = await recoveryKek(reading.secret, fromBase64(keyring.recovery.salt));
    return unwrap(kek, keyring.recovery, keyId, 'recovery', 'This recovery key belongs to another journal.');
  }
  if (!keyring.system) throw new WrongSecretError('Unlocking with your computer account is not set up.', false);
  const kek = await importAesKey(secret.systemSecret);
  return unwrap(
    kek,
    keyring.system,
    keyId,
    'system',
    'The key your computer account keeps no longer opens this journal.',
  );
}

export interface NewLock {
  keyring: Keyring;
  /** The data key, non-extractable. */
  key: CryptoKey;
  /** Shown to the user once, never stored. */
  recoveryKey: string;
}

/** A new keyring for a journal about to be locked: a fresh data key, wrapped by the passphrase and a new recovery key. */
export async function createKeyring(passphrase: string, now = new Date(), cost?: KdfCost): Promise<NewLock> {
  const raw = randomBytes(DATA_KEY_BYTES);
  try {
    const keyId = bytesToHex(randomBytes(16));
    const [fromPassphrase, fromRecovery] = await Promise.all([
      passphraseWrap(raw, keyId, passphrase, cost),
      recoveryWrap(raw, keyId),
    ]);
    const stamp = now.toISOString();
    const keyring: Keyring = {
      id: KEYRING_ID,
      format: KEYRING_FORMAT,
      keyId,
      state: 'turning-on',
      ...fromPassphrase,
      recovery: fromRecovery.recovery,
      system: null,
      createdAt: stamp,
      changedAt: stamp,
    };
    return { keyring, key: await importAesKey(raw), recoveryKey: fromRecovery.text };
  } finally {
    raw.fill(0);
  }
}

/** The data key, non-extractable, or a WrongSecretError that says which secret did not fit. */
export async function openKeyring(keyring: Keyring, secret: Secret): Promise<CryptoKey> {
  const raw = await unwrapDataKey(keyring, secret);
  try {
    return await importAesKey(raw);
  } finally {
    raw.fill(0);
  }
}

export interface KeyringChange {
  /** A new passphrase, with fresh salt and today's cost. */
  passphrase?: string;
  /** A new recovery key replaces the old one, which stops working. */
  newRecoveryKey?: boolean;
  /** The computer account's secret to add, or null to remove that slot. */
  system?: Bytes | null;
  /** KDF cost for a new passphrase; tests use a cheap one. */
  cost?: KdfCost;
}

/**
 * Rewraps the one data key after proving `secret`: a new passphrase, a new
 * recovery key, or the computer account's slot added or removed. No entry is
 * touched. Returns the new keyring and, if asked for, the new recovery key.
 */
export async function rewrapKeyring(
  keyring: Keyring,
  secret: Secret,
  change: KeyringChange,
  now = new Date(),
): Promise<{ keyring: Keyring; recoveryKey: string | null }> {
  const raw = await unwrapDataKey(keyring, secret);
  try {
    const { keyId } = keyring;
    let next: Keyring = { ...keyring, changedAt: now.toISOString() };
    if (change.passphrase !== undefined)
      next = { ...next, ...(await passphraseWrap(raw, keyId, change.passphrase, change.cost)) };
    let recoveryKey: string | null = null;
    if (change.newRecoveryKey) {
      const fresh = await recoveryWrap(raw, keyId);
      next = { ...next, recovery: fresh.recovery };
      recoveryKey = fresh.text;
    }
    if (change.system !== undefined) {
      next = {
        ...next,
        system: change.system ? await wrap(await importAesKey(change.system), raw, keyId, 'system') : null,
      };
    }
    return { keyring: next, recoveryKey };
  } finally {
    raw.fill(0);
  }
}
