import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes, type Bytes } from './bytes';

/**
 * The recovery key: 160 random bits written as 32 Crockford base32
 * characters, plus 4 check characters, in groups of four:
 * `7KQ2-…-M3XD`. It has no I, L, O or U, and reading forgives lower case,
 * spaces, dashes and the look-alikes (O for 0, I and L for 1), so a key
 * written by hand can be typed back. The check group tells a typo from a key
 * of another journal.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SECRET_BYTES = 20;
const SECRET_CHARS = 32;
const CHECK_CHARS = 4;
export const RECOVERY_KEY_CHARS = SECRET_CHARS + CHECK_CHARS;

function encode(bytes: Uint8Array, chars: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

function decode(text: string): Bytes {
  const bytes = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    buffer = (buffer << 5) | ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 255;
    }
    buffer &= (1 << bits) - 1;
  }
  return bytes;
}

const checkOf = (secret: Uint8Array): string => encode(sha256(secret), CHECK_CHARS);

const grouped = (text: string): string => text.match(/.{1,4}/g)?.join('-') ?? '';

/** A new recovery key: its secret bytes and the text the user writes down. */
export function newRecoveryKey(): { secret: Bytes; text: string } {
  const secret = randomBytes(SECRET_BYTES);
  return { secret, text: grouped(encode(secret, SECRET_CHARS) + checkOf(secret)) };
}

export type RecoveryKeyReading = { ok: true; secret: Bytes } | { ok: false; reason: string };

/** Reads a recovery key as typed; the reason, when it fails, says what to look at. */
export function readRecoveryKey(typed: string): RecoveryKeyReading {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const stray = [...text].find((char) => !ALPHABET.includes(char));
  if (stray !== undefined) {
    return { ok: false, reason: `A recovery key has only digits and letters, and no “${stray}”.` };
  }
  if (text.length !== RECOVERY_KEY_CHARS) {
    return {
      ok: false,
      reason: `A recovery key has ${RECOVERY_KEY_CHARS} letters and digits in nine groups of four; this has ${text.length}.`,
    };
  }
  const secret = decode(text.slice(0, SECRET_CHARS));
  if (checkOf(secret) !== text.slice(SECRET_CHARS)) {
    return { ok: false, reason: 'This recovery key has a typo: its last group does not match the rest.' };
  }
  return { ok: true, secret };
}
