import { describe, expect, it } from 'vitest';
import { fromBase64, randomBytes, toBase64 } from '../../../renderer/src/crypto/bytes';
import { LABELS, openJson, SealBrokenError, sealJson } from '../../../renderer/src/crypto/envelope';
import { createKeyring, openKeyring, rewrapKeyring, WrongSecretError } from '../../../renderer/src/crypto/keyring';
import { keyringSchema, type Keyring } from '../../../shared';

/** A cheap derivation keeps these tests fast; the cost is a parameter stored in the keyring. */
const CHEAP = { logN: 10, r: 8, p: 1 };
const NOW = new Date('2026-11-20T09:00:00.000Z');
const LABEL = LABELS.entry('2026-11-20');

/** Whether `key` opens what the journal's original key sealed: the same data key. */
async function opensWith(key: CryptoKey, sealedBy: CryptoKey): Promise<boolean> {
  const box = await sealJson(sealedBy, { notes: 'the reorg rumour' }, LABEL);
  return openJson(key, box, LABEL).then(
    () => true,
    (error: unknown) => (error instanceof SealBrokenError ? false : Promise.reject(error)),
  );
}

function flipFirstBit(base64: string): string {
  const bytes = fromBase64(base64);
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return toBase64(bytes);
}

describe('the keyring', () => {
  it('is valid by its own schema, names its KDF and version, and holds no secret in the clear', async () => {
    const { keyring, recoveryKey } = await createKeyring('river stone lantern', NOW, CHEAP);
    expect(keyringSchema.parse(keyring)).toEqual(keyring);
    expect(keyring).toMatchObject({ state: 'turning-on', system: null, createdAt: NOW.toISOString() });
    expect(keyring.kdf).toMatchObject({ algorithm: 'scrypt', version: 1, logN: 10, r: 8, p: 1 });
    const stored = JSON.stringify(keyring);
    expect(stored).not.toContain('river');
    expect(stored).not.toContain(recoveryKey.slice(0, 9));
  });

  it('opens with the passphrase and with the recovery key, to the same data key', async () => {
    const { keyring, key, recoveryKey } = await createKeyring('river stone lantern', NOW, CHEAP);
    expect(await opensWith(await openKeyring(keyring, { passphrase: 'river stone lantern' }), key)).toBe(true);
    expect(await opensWith(await openKeyring(keyring, { recoveryKey: recoveryKey.toLowerCase() }), key)).toBe(true);
  });

  it('says plainly when the passphrase or the recovery key is wrong', async () => {
    const { keyring } = await createKeyring('river stone lantern', NOW, CHEAP);
    const other = await createKeyring('river stone lantern', NOW, CHEAP);
    await expect(openKeyring(keyring, { passphrase: 'river stone lanterns' })).rejects.toThrow(
      new WrongSecretError('That passphrase does not open this journal.'),
    );
    await expect(openKeyring(keyring, { recoveryKey: other.recoveryKey })).rejects.toThrow(
      new WrongSecretError('This recovery key belongs to another journal.'),
    );
    await expect(openKeyring(keyring, { recoveryKey: 'ABCD' })).rejects.toBeInstanceOf(WrongSecretError);
    await expect(openKeyring(keyring, { systemSecret: randomBytes(32) })).rejects.toThrow(
      'Unlocking with your computer account is not set up.',
    );
  });

  it('refuses a tampered wrap, or one moved from another keyring, as a wrong secret', async () => {
    const { keyring } = await createKeyring('river stone lantern', NOW, CHEAP);
    const other = await createKeyring('river stone lantern', NOW, CHEAP);
    const tampered: Keyring = {
      ...keyring,
      passphrase: { ...keyring.passphrase, data: flipFirstBit(keyring.passphrase.data) },
    };
    await expect(openKeyring(tampered, { passphrase: 'river stone lantern' })).rejects.toBeInstanceOf(WrongSecretError);
    // Same passphrase, same salt, but the wrap is bound to its own key id.
    const moved: Keyring = { ...keyring, kdf: other.keyring.kdf, passphrase: other.keyring.passphrase };
    await expect(openKeyring(moved, { passphrase: 'river stone lantern' })).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('changes the passphrase by rewrapping the one data key: the old passphrase stops working, the entries do not change', async () => {
    const { keyring, key, recoveryKey } = await createKeyring('river stone lantern', NOW, CHEAP);
    const later = new Date('2026-12-01T10:00:00.000Z');
    const changed = await rewrapKeyring(
      keyring,
      { passphrase: 'river stone lantern' },
      { passphrase: 'new moon harbour', cost: CHEAP },
      later,
    );
    expect(changed.recoveryKey).toBeNull();
    expect(changed.keyring).toMatchObject({
      keyId: keyring.keyId,
      changedAt: later.toISOString(),
      recovery: keyring.recovery,
    });
    expect(changed.keyring.kdf.salt).not.toBe(keyring.kdf.salt);
    await expect(openKeyring(changed.keyring, { passphrase: 'river stone lantern' })).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    expect(await opensWith(await openKeyring(changed.keyring, { passphrase: 'new moon harbour' }), key)).toBe(true);
    // The recovery key written down at the start still works.
    expect(await opensWith(await openKeyring(changed.keyring, { recoveryKey }), key)).toBe(true);
  });

  it('lets a forgotten passphrase be replaced with the recovery key', async () => {
    const { keyring, key, recoveryKey } = await createKeyring('river stone lantern', NOW, CHEAP);
    const changed = await rewrapKeyring(keyring, { recoveryKey }, { passphrase: 'second try', cost: CHEAP });
    expect(await opensWith(await openKeyring(changed.keyring, { passphrase: 'second try' }), key)).toBe(true);
  });

  it('refuses to rewrap without the right secret', async () => {
    const { keyring } = await createKeyring('river stone lantern', NOW, CHEAP);
    await expect(
      rewrapKeyring(keyring, { passphrase: 'guess' }, { passphrase: 'mine now', cost: CHEAP }),
    ).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('issues a new recovery key that replaces the old one', async () => {
    const { keyring, key, recoveryKey } = await createKeyring('river stone lantern', NOW, CHEAP);
    const renewed = await rewrapKeyring(keyring, { passphrase: 'river stone lantern' }, { newRecoveryKey: true });
    const fresh = renewed.recoveryKey;
    if (fresh === null) throw new Error('No new recovery key was issued.');
    expect(fresh).not.toBe(recoveryKey);
    expect(await opensWith(await openKeyring(renewed.keyring, { recoveryKey: fresh }), key)).toBe(true);
    await expect(openKeyring(renewed.keyring, { recoveryKey })).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('adds and removes the computer account’s slot', async () => {
    const { keyring, key } = await createKeyring('river stone lantern', NOW, CHEAP);
    const systemSecret = randomBytes(32);
    const withSystem = await rewrapKeyring(keyring, { passphrase: 'river stone lantern' }, { system: systemSecret });
    expect(await opensWith(await openKeyring(withSystem.keyring, { systemSecret }), key)).toBe(true);
    await expect(openKeyring(withSystem.keyring, { systemSecret: randomBytes(32) })).rejects.toThrow(
      'The key your computer account keeps no longer opens this journal.',
    );
    const without = await rewrapKeyring(withSystem.keyring, { systemSecret }, { system: null });
    expect(without.keyring.system).toBeNull();
    await expect(openKeyring(without.keyring, { systemSecret })).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('gives a data key that cannot be exported from WebCrypto', async () => {
    const { keyring } = await createKeyring('river stone lantern', NOW, CHEAP);
    const key = await openKeyring(keyring, { passphrase: 'river stone lantern' });
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});
