// The stored shape of the journal lock: the passphrase KDF's parameters and the keyring that
// keeps the one data key wrapped once per way in. The cryptography itself runs in the renderer
// (renderer/src/crypto, WebCrypto); these schemas check a keyring read from storage or a backup.
import { z } from 'zod';

/** Version 1 of the passphrase derivation: scrypt over the passphrase, Unicode-normalised (NFC) and UTF-8 encoded, nothing trimmed. */
export const KDF_VERSION = 1;

export const kdfParamsSchema = z.object({
  algorithm: z.literal('scrypt'),
  version: z.literal(KDF_VERSION),
  // Bounded so a doctored keyring cannot make unlocking take hours or all memory.
  logN: z.number().int().min(10).max(20),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: z.base64().refine((salt) => salt.length >= 24, 'is shorter than 16 bytes'),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

export const KEYRING_ID = 'journal';
export const KEYRING_FORMAT = 1;

/**
 * How far the journal is locked. `turning-on` and `turning-off` mark a pass
 * over every entry that has not finished; the next unlock resumes it.
 */
export const LOCK_STATES = ['turning-on', 'on', 'turning-off'] as const;
export type LockState = (typeof LOCK_STATES)[number];

const base64 = z.base64();
/** The data key sealed (AES-256-GCM) under one key-encryption key. */
export const keyWrapSchema = z.object({ iv: base64, data: base64 });
export type KeyWrap = z.infer<typeof keyWrapSchema>;

export const keyringSchema = z.object({
  id: z.literal(KEYRING_ID),
  format: z.literal(KEYRING_FORMAT),
  /** Names the data key, so a backup or another window can tell whether it holds the same one. */
  keyId: z.string().regex(/^[0-9a-f]{32}$/, 'is not a key id'),
  state: z.enum(LOCK_STATES),
  kdf: kdfParamsSchema,
  passphrase: keyWrapSchema,
  recovery: keyWrapSchema.extend({ salt: base64 }),
  /** Present while "unlock with my computer account" is on. */
  system: keyWrapSchema.nullable(),
  createdAt: z.iso.datetime(),
  changedAt: z.iso.datetime(),
});
export type Keyring = z.infer<typeof keyringSchema>;
