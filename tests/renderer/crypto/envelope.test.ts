import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../../renderer/src/crypto/bytes';
import {
  importAesKey,
  LABELS,
  openJson,
  PAD_BYTES,
  SealBrokenError,
  sealJson,
} from '../../../renderer/src/crypto/envelope';
import { entryArbitrary } from '../../fixtures/entryArbitrary';

const newKey = () => importAesKey(randomBytes(32));
const TAG_BYTES = 16;

describe('AES-GCM envelopes', () => {
  it('give back any entry exactly, and never hold its text in the clear', async () => {
    const key = await newKey();
    await fc.assert(
      fc.asyncProperty(entryArbitrary, async (entry) => {
        const box = await sealJson(key, entry, LABELS.entry(entry.date));
        expect(await openJson(key, box, LABELS.entry(entry.date))).toEqual(entry);
        // Padded to whole blocks of PAD_BYTES, plus the tag: the size tells only roughly how much was written.
        expect((box.data.length - TAG_BYTES) % PAD_BYTES).toBe(0);
        // Ten bytes of the clear date turning up in random bytes by chance: about one in 2^80.
        expect(Buffer.from(box.data).includes(Buffer.from(entry.date))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('use a fresh nonce for every seal, so equal days do not look equal', async () => {
    const key = await newKey();
    const first = await sealJson(key, { a: 1 }, 'x');
    const second = await sealJson(key, { a: 1 }, 'x');
    expect(Buffer.from(first.iv).equals(Buffer.from(second.iv))).toBe(false);
    expect(Buffer.from(first.data).equals(Buffer.from(second.data))).toBe(false);
  });

  it('do not open with another key', async () => {
    const box = await sealJson(await newKey(), { notes: 'private' }, LABELS.entry('2026-01-02'));
    await expect(openJson(await newKey(), box, LABELS.entry('2026-01-02'))).rejects.toBeInstanceOf(SealBrokenError);
  });

  it('do not open under another label: a day moved onto another date is refused', async () => {
    const key = await newKey();
    const box = await sealJson(key, { notes: 'private' }, LABELS.entry('2026-01-02'));
    await expect(openJson(key, box, LABELS.entry('2026-01-03'))).rejects.toBeInstanceOf(SealBrokenError);
  });

  it('refuse any single changed bit of the ciphertext, tag or nonce', async () => {
    const key = await newKey();
    const label = LABELS.entry('2026-01-02');
    const box = await sealJson(key, { notes: 'private' }, label);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat(), fc.integer({ min: 0, max: 7 }), async (inNonce, position, bit) => {
        const iv = box.iv.slice();
        const data = box.data.slice();
        const target = inNonce ? iv : data;
        const at = position % target.length;
        target[at] = (target[at] ?? 0) ^ (1 << bit);
        await expect(openJson(key, { iv, data }, label)).rejects.toBeInstanceOf(SealBrokenError);
      }),
      { numRuns: 300 },
    );
  });

  it('refuse a cut-short box and a nonce of the wrong length', async () => {
    const key = await newKey();
    const box = await sealJson(key, { a: 1 }, 'x');
    await expect(openJson(key, { iv: box.iv, data: box.data.slice(0, -1) }, 'x')).rejects.toBeInstanceOf(
      SealBrokenError,
    );
    await expect(openJson(key, { iv: box.iv.slice(0, 8), data: box.data }, 'x')).rejects.toBeInstanceOf(
      SealBrokenError,
    );
  });
});
