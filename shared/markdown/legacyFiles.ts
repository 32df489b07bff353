import type { Entry } from '../entry';
import { parseDayFile } from './dayFile';
import { dayDifferences } from '../dayDifferences';
import { dayFilePath } from './paths';

/**
 * Folders exported before Forkcast kept a manifest hold its files without a
 * record of them. Such a file may still be replaced when it provably holds
 * nothing the export would lose: a day file with exactly this version of
 * the day (same content, same revision and save time, nothing Forkcast does
 * not read), or an index with nothing but the links Forkcast writes. Any
 * other file without a record is the user's, and is left alone.
 */

/** True when `text` holds `entry` exactly, down to its revision, and nothing more. */
export function holdsSameDay(text: string, entry: Entry): boolean {
  const read = parseDayFile({ name: dayFilePath(entry.date), text });
  if (read.status !== 'day' || read.warnings.length > 0) return false;
  const { meta, content } = read;
  return (
    meta.revision === entry.revision &&
    meta.updatedAt === entry.updatedAt &&
    meta.createdAt === entry.createdAt &&
    dayDifferences(entry, content).length === 0
  );
}

const INDEX_LINES = [
  /^# Forkcast journal$/,
  /^$/,
  /^No days yet\.$/,
  /^[\d,]+ days?, from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\. Each day is a file in its year's folder\.$/,
  /^## \d{4}$/,
  /^### [A-Z][a-z]+$/,
  /^- \[(\d{4}-\d{2}-\d{2})\]\(\d{4}\/\1\.md\) [A-Z][a-z]+day( · (good|mixed|bad) day)?( · energy [1-5])?$/,
];

/** True when `text` is an index.md as Forkcast writes it, with no line of anyone else's. */
export function isForkcastIndex(text: string): boolean {
  const lines = text.split('\n');
  return lines[0] === '# Forkcast journal' && lines.every((line) => INDEX_LINES.some((pattern) => pattern.test(line)));
}
