import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newRecoveryKey, readRecoveryKey, RECOVERY_KEY_CHARS } from '../../../renderer/src/crypto/recoveryKey';

describe('recovery keys', () => {
  it('are nine groups of four unambiguous characters, and read back to the same secret', () => {
    for (let run = 0; run < 200; run += 1) {
      const { secret, text } = newRecoveryKey();
      expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
      const reading = readRecoveryKey(text);
      expect(reading).toEqual({ ok: true, secret });
    }
  });

  it('forgive lower case, spaces, missing dashes and the look-alikes O, I and L', () => {
    const { secret, text } = newRecoveryKey();
    const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(readRecoveryKey(sloppy)).toEqual({ ok: true, secret });
    expect(readRecoveryKey(text.replace(/-/g, ''))).toEqual({ ok: true, secret });
  });

  it('catch any one mistyped character as a typo', () => {
    const { text } = newRecoveryKey();
    const plain = text.replace(/-/g, '');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: RECOVERY_KEY_CHARS - 1 }),
        fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'),
        (position, replacement) => {
          fc.pre(plain[position] !== replacement);
          const typo = plain.slice(0, position) + replacement + plain.slice(position + 1);
          const reading = readRecoveryKey(typo);
          expect(reading.ok).toBe(false);
          if (!reading.ok) expect(reading.reason).toMatch(/typo/);
        },
      ),
    );
  });

  it('say what is wrong with a key of the wrong length or with stray characters', () => {
    const { text } = newRecoveryKey();
    expect(readRecoveryKey(text.slice(0, -2))).toEqual({
      ok: false,
      reason: 'A recovery key has 36 letters and digits in nine groups of four; this has 34.',
    });
    expect(readRecoveryKey(`${text.slice(0, -1)}!`)).toEqual({
      ok: false,
      reason: 'A recovery key has only digits and letters, and no “!”.',
    });
    expect(readRecoveryKey('')).toMatchObject({ ok: false });
  });
});
