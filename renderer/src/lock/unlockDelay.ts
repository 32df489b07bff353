/**
 * The wait before another try after wrong passphrases in a row: none for the
 * first two, then 5 s, doubling up to 5 minutes. It slows a person guessing
 * at the keyboard; against someone with a copy of the files, the scrypt cost
 * of every guess is what protects the journal.
 */
export function unlockDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(5_000 * 2 ** (failures - 3), 5 * 60_000);
}

/** "5 seconds", "1 minute 20 seconds": how long a wait is, in words. */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (minutes === 0) return unit(rest, 'second');
  return rest === 0 ? unit(minutes, 'minute') : `${unit(minutes, 'minute')} ${unit(rest, 'second')}`;
}
