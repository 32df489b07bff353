import { scryptAsync } from '@noble/hashes/scrypt.js';
import { KDF_VERSION, kdfParamsSchema, type KdfParams } from '../../../shared';
import { fromBase64, randomBytes, toBase64, utf8, type Bytes } from './bytes';

/**
 * The passphrase key derivation: scrypt, memory-hard, from @noble/hashes.
 * Its parameters and a version are stored with the keyring, so a later
 * Forkcast can raise the cost for new passphrases and still open old ones.
 *
 * Cost: N = 2^16, r = 8, p = 1 takes 64 MiB and about 0.35 s on a 2-core VM
 * (`npm run bench`, "lock: scrypt key derivation"; 2^15 took 0.17 s, under
 * the 0.3 s floor we chose). Every guess at a
 * passphrase costs an attacker the same; docs and SECURITY.md say why a
 * phrase of several words still matters.
 */

export type KdfCost = Pick<KdfParams, 'logN' | 'r' | 'p'>;

/** What new passphrases use: about 0.35 s and 64 MiB here. Keyrings made with 2^15 keep it until the passphrase changes. */
export const DEFAULT_KDF_COST: KdfCost = { logN: 16, r: 8, p: 1 };

/** Fresh parameters with a new random salt. */
export function newKdfParams(cost: KdfCost = DEFAULT_KDF_COST): KdfParams {
  return { algorithm: 'scrypt', version: KDF_VERSION, ...cost, salt: toBase64(randomBytes(16)) };
}

/**
 * Derives 32 key bytes from a passphrase. It yields to the event loop every
 * few milliseconds, so the unlock screen stays responsive while it runs.
 */
export async function derivePassphraseKey(passphrase: string, params: KdfParams): Promise<Bytes> {
  const { logN, r, p, salt } = kdfParamsSchema.parse(params);
  const derived = await scryptAsync(utf8(passphrase.normalize('NFC')), fromBase64(salt), {
    N: 2 ** logN,
    r,
    p,
    dkLen: 32,
    asyncTick: 10,
  });
  return new Uint8Array(derived);
}
