import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { derivePassphraseKey, newKdfParams } from '../../../renderer/src/crypto/kdf';
import { kdfParamsSchema, type KdfParams } from '../../../shared';

const CHEAP = { logN: 10, r: 8, p: 1 };

describe('passphrase key derivation', () => {
  it('is deterministic for one salt and differs with another salt or passphrase', async () => {
    const params = newKdfParams(CHEAP);
    const a = bytesToHex(await derivePassphraseKey('river stone lantern', params));
    expect(bytesToHex(await derivePassphraseKey('river stone lantern', params))).toBe(a);
    expect(bytesToHex(await derivePassphraseKey('river stone lantern', newKdfParams(CHEAP)))).not.toBe(a);
    expect(bytesToHex(await derivePassphraseKey('river stone lanterN', params))).not.toBe(a);
    expect(a).toHaveLength(64);
  });

  it('matches scrypt’s published test vector, so the parameters mean what they say', async () => {
    // RFC 7914 §12: scrypt("password", "NaCl", N=1024, r=8, p=16, dkLen=64); its first 32 bytes.
    const params: KdfParams = {
      algorithm: 'scrypt',
      version: 1,
      logN: 10,
      r: 8,
      p: 16,
      salt: Buffer.from('NaCl').toString('base64'),
    };
    // The schema asks for 16 bytes of salt; the vector's 4-byte salt goes straight to the derivation.
    expect(kdfParamsSchema.safeParse(params).success).toBe(false);
    const { scryptAsync } = await import('@noble/hashes/scrypt.js');
    const vector = await scryptAsync('password', 'NaCl', { N: 1024, r: 8, p: 16, dkLen: 32 });
    expect(bytesToHex(vector)).toBe('fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162');
  });

  it('treats the same passphrase typed with composed or decomposed accents alike', async () => {
    const params = newKdfParams(CHEAP);
    const composed = await derivePassphraseKey('caf\u00e9 au lait', params);
    const decomposed = await derivePassphraseKey('cafe\u0301 au lait', params);
    expect(bytesToHex(decomposed)).toBe(bytesToHex(composed));
  });

  it('refuses parameters that would make unlocking take hours or all memory', async () => {
    const params = { ...newKdfParams(CHEAP), logN: 30 };
    await expect(derivePassphraseKey('x', params)).rejects.toThrow();
    expect(kdfParamsSchema.safeParse({ ...params, logN: 15, p: 64 }).success).toBe(false);
    expect(kdfParamsSchema.safeParse({ ...params, logN: 15, version: 2 }).success).toBe(false);
  });
});
