import { strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import { LIMITS } from '../limits';
import type { ExportFile } from './exportFiles';
import type { FileProblem } from './importPlan';
import { isHiddenName, isMarkdownName } from './paths';

/** Builds a zip one file at a time, so a caller can report progress or stop between files. */
export interface ZipPacker {
  add(file: ExportFile): void;
  /** Ends the archive and returns its bytes; nothing can be added after. */
  finish(): Uint8Array<ArrayBuffer>;
}

/** A zip of export files, every file under `root/` so unzipping makes one folder. */
export function createZipPacker(root: string): ZipPacker {
  const chunks: Uint8Array[] = [];
  // ZipDeflate compresses synchronously, so each chunk arrives before add() returns.
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  return {
    add(file) {
      const entry = new ZipDeflate(`${root}/${file.path}`, { level: 6 });
      zip.add(entry);
      entry.push(strToU8(file.text), true);
    },
    finish() {
      zip.end();
      const bytes = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      return bytes;
    },
  };
}

/** The export as one zip, every file under `root/` so unzipping makes one folder. */
export function packZip(files: readonly ExportFile[], root: string): Uint8Array<ArrayBuffer> {
  const packer = createZipPacker(root);
  for (const file of files) packer.add(file);
  return packer.finish();
}

/** A name that stays inside the folder it is unpacked to: no '..' segment, no absolute or drive path. */
export function isSafeArchiveName(name: string): boolean {
  if (name.includes('\0') || /^([\\/]|[a-zA-Z]:)/.test(name)) return false;
  return !name.split(/[\\/]/).includes('..');
}

export interface ArchiveFile {
  name: string;
  bytes: Uint8Array;
}

/** Thrown when the bytes are not a zip archive that can be read. */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

const tooLarge = `is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`;

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024).toLocaleString('en')} MB`;

/** What unpackZip does with one entry of the archive's directory. */
function verdict(name: string, originalSize: number): 'take' | 'skip' | FileProblem {
  if (!isSafeArchiveName(name)) {
    return { name, reason: 'has an unsafe path (“..” or an absolute path), so it was not read' };
  }
  if (name.endsWith('/') || isHiddenName(name) || name.startsWith('__MACOSX/') || !isMarkdownName(name)) return 'skip';
  if (originalSize > LIMITS.fileBytes) return { name, reason: tooLarge };
  return 'take';
}

/**
 * The markdown files inside a zip. The archive's directory is read first,
 * inflating nothing: an archive whose markdown would unpack to more than
 * `limits.bytes`, or that holds more than `limits.files` markdown files, is
 * refused whole (ArchiveError), so a small zip of huge files cannot fill the
 * memory. Unsafe names and files over the size limit are refused with a
 * reason before they are decompressed; folders, hidden files and other file
 * types are skipped quietly.
 */
export function unpackZip(
  bytes: Uint8Array,
  limits: { files: number; bytes: number } = { files: LIMITS.importFiles, bytes: LIMITS.importBytes },
): { files: ArchiveFile[]; refused: FileProblem[] } {
  const refused: FileProblem[] = [];
  let unpacked: Record<string, Uint8Array>;
  try {
    let count = 0;
    let total = 0;
    unzipSync(bytes, {
      filter: ({ name, originalSize }) => {
        const taken = verdict(name, originalSize);
        if (taken === 'take') {
          count += 1;
          total += originalSize;
        } else if (taken !== 'skip') {
          refused.push(taken);
        }
        return false;
      },
    });
    if (count > limits.files) {
      throw new ArchiveError(
        `That zip holds ${count.toLocaleString('en')} markdown files, more than the ${limits.files.toLocaleString('en')} Forkcast imports at once. Nothing was imported.`,
      );
    }
    if (total > limits.bytes) {
      throw new ArchiveError(
        `That zip would unpack to ${megabytes(total)} of markdown, more than the ${megabytes(limits.bytes)} Forkcast imports at once. Nothing was imported.`,
      );
    }
    // Each file inflates into a buffer of its declared size, so the check above bounds the memory used.
    unpacked = unzipSync(bytes, { filter: ({ name, originalSize }) => verdict(name, originalSize) === 'take' });
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(
      `That file is not a zip archive that can be read${error instanceof Error ? ` (${error.message})` : ''}.`,
    );
  }
  const files: ArchiveFile[] = [];
  for (const [name, data] of Object.entries(unpacked)) {
    // The size in the archive's directory can lie; check what came out too.
    if (data.length > LIMITS.fileBytes) refused.push({ name, reason: tooLarge });
    else files.push({ name, bytes: data });
  }
  return { files, refused };
}
