import { fromUtf8, randomBytes, utf8, type Bytes } from './bytes';

/**
 * AES-256-GCM envelopes: a fresh 96-bit nonce per message, and associated
 * data that names what the message is (for an entry, its date), so a sealed
 * day moved onto another date, or an activity onto another row, no longer
 * opens. Zod-free, for the trends worker.
 */

/** What is stored for one sealed value. `data` holds the ciphertext and its 128-bit tag. */
export interface SealedBox {
  iv: Bytes;
  data: Bytes;
}

/** Said when a box does not open: the key is wrong, or the box or its label was changed. */
export class SealBrokenError extends Error {
  override name = 'SealBrokenError';
  constructor(message = 'It does not open with this key: it was changed or damaged, or belongs to another key.') {
    super(message);
  }
}

const IV_BYTES = 12;
/** Plaintext is padded to a multiple of this, so a box's size tells only roughly how much was written. */
export const PAD_BYTES = 256;
const SPACE = 0x20;

/** The associated data of each kind of sealed value; a version in the label leaves room for another scheme. */
export const LABELS = {
  entry: (date: string) => `forkcast/entry/1/${date}`,
  customActivity: (rowId: string) => `forkcast/activity/1/${rowId}`,
  decision: (rowId: string) => `forkcast/decision/1/${rowId}`,
  draft: (date: string) => `forkcast/draft/1/${date}`,
  review: (week: string) => `forkcast/review/1/${week}`,
  backup: (createdAt: string) => `forkcast/backup/1/${createdAt}`,
  keySlot: (keyId: string, slot: string) => `forkcast/key/1/${keyId}/${slot}`,
} as const;

/** A 256-bit AES-GCM key that never leaves WebCrypto (not extractable). */
export function importAesKey(raw: Bytes, extractable = false): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt']);
}

export async function sealBytes(key: CryptoKey, plaintext: Bytes, label: string): Promise<SealedBox> {
  const iv = randomBytes(IV_BYTES);
  // Promise.resolve hands WebCrypto's promise to Dexie's zone, as Dexie asks of live queries that await other APIs.
  const data = await Promise.resolve(
    crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(label) }, key, plaintext),
  );
  return { iv, data: new Uint8Array(data) };
}

export async function openBytes(key: CryptoKey, box: SealedBox, label: string): Promise<Bytes> {
  if (box.iv.length !== IV_BYTES) throw new SealBrokenError('Its nonce has the wrong length.');
  try {
    const plain = await Promise.resolve(
      crypto.subtle.decrypt({ name: 'AES-GCM', iv: box.iv, additionalData: utf8(label) }, key, box.data),
    );
    return new Uint8Array(plain);
  } catch (error) {
    // WebCrypto says only OperationError for a failed tag; the wrong key and tampering look alike, by design.
    // Judged by name: the DOMException may come from another realm (a worker, or Node's WebCrypto under jsdom).
    if (error instanceof Error && error.name === 'OperationError') throw new SealBrokenError();
    throw error;
  }
}

/** Seals a JSON value, padded with spaces (which JSON ignores) to a multiple of PAD_BYTES. */
export function sealJson(key: CryptoKey, value: unknown, label: string): Promise<SealedBox> {
  const text = utf8(JSON.stringify(value));
  const padded = new Uint8Array(Math.ceil((text.length + 1) / PAD_BYTES) * PAD_BYTES).fill(SPACE);
  padded.set(text);
  return sealBytes(key, padded, label);
}

/** Opens a box sealed by sealJson. The value is as trustworthy as the key: the tag proves who wrote it. */
export async function openJson(key: CryptoKey, box: SealedBox, label: string): Promise<unknown> {
  const bytes = await openBytes(key, box, label);
  try {
    return JSON.parse(fromUtf8(bytes)) as unknown;
  } catch {
    throw new SealBrokenError('It opened, but what it holds is not readable.');
  }
}
