import { LIMITS } from '../limits';
import type { FileProblem } from '../markdown/importPlan';
import { isHiddenName } from '../markdown/paths';
import { SourceError } from './foreignEntry';

/**
 * What may be read of a pick from another journal app, decided from the
 * names and sizes alone, before any byte is read: a whole-journal export
 * (zip, JSON, CSV) too large refuses the pick; a note or month file too
 * large is listed and left out; files no importer reads (photos in a vault)
 * are never read.
 */

export const SOURCE_LIMITS = {
  /** One JSON or CSV export, which holds the whole journal. */
  exportBytes: 64 * 1024 * 1024,
  /** A Day One zip, photos included; only its JSON is inflated. */
  zipBytes: LIMITS.importBytes,
} as const;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

/** A name an importer reads: an export, a RedNotebook month or a note. */
const READ = /\.(zip|json|csv|txt|md)$/i;
const WHOLE = /\.(zip|json|csv)$/i;

export function planPickRead(files: readonly { name: string; size: number }[]): {
  read: number[];
  problems: FileProblem[];
} {
  const read: number[] = [];
  const problems: FileProblem[] = [];
  let total = 0;
  files.forEach(({ name, size }, index) => {
    if (isHiddenName(name) || !READ.test(name)) return;
    const zip = /\.zip$/i.test(name);
    const cap = zip ? SOURCE_LIMITS.zipBytes : WHOLE.test(name) ? SOURCE_LIMITS.exportBytes : LIMITS.fileBytes;
    if (size > cap) {
      if (WHOLE.test(name)) {
        throw new SourceError(
          `${name} is ${megabytes(size)}, more than the ${megabytes(cap)} Forkcast reads from one ${zip ? 'zip' : 'export'}. Nothing was imported.`,
        );
      }
      problems.push({ name, reason: `is larger than ${megabytes(cap)}` });
      return;
    }
    read.push(index);
    total += zip ? 0 : size;
  });
  if (read.length > LIMITS.importFiles) {
    throw new SourceError(
      `That pick holds ${read.length.toLocaleString('en')} files to read, more than the ${LIMITS.importFiles.toLocaleString('en')} Forkcast imports at once. Pick one journal’s folder.`,
    );
  }
  if (total > LIMITS.importBytes) {
    throw new SourceError(
      `The files picked come to ${megabytes(total)}, more than the ${megabytes(LIMITS.importBytes)} Forkcast imports at once. Nothing was imported.`,
    );
  }
  return { read, problems };
}
