/** The shortest passphrase Forkcast accepts; a few unrelated words easily pass it. */
export const MIN_PASSPHRASE_CHARS = 8;
export const MAX_PASSPHRASE_CHARS = 1_024;

/** Why a new passphrase (typed twice) cannot be used yet, or null when it can. */
export function passphraseProblem(passphrase: string, repeated: string): string | null {
  if (passphrase.length === 0) return 'Type a passphrase.';
  if ([...passphrase].length < MIN_PASSPHRASE_CHARS) {
    return `Use at least ${MIN_PASSPHRASE_CHARS} characters. A few unrelated words are easy to remember and hard to guess.`;
  }
  if (passphrase.length > MAX_PASSPHRASE_CHARS) {
    return `Keep it under ${MAX_PASSPHRASE_CHARS.toLocaleString('en')} characters.`;
  }
  if (passphrase.trim() !== passphrase) return 'Leave out spaces at the start and end; they are easy to forget.';
  if (repeated !== passphrase) return 'The two passphrases differ.';
  return null;
}
