import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';

export type TextFileResult = { ok: true; text: string } | { ok: false; reason: string };

/** Why a file was not read as text. */
export type TextFileProblem =
  | { problem: 'not-a-file' }
  | { problem: 'link' }
  | { problem: 'too-large'; size: number }
  | { problem: 'binary' }
  | { problem: 'not-utf8' };

/** Opens for reading, failing on a link instead of following it (where the OS can). */
export const NO_FOLLOW = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0);

/**
 * Reads a UTF-8 text file without trusting it: refuses, before reading
 * anything, what is not a regular file or is larger than `maxBytes`; checks
 * the size again on the bytes read, in case the file grew; refuses binary
 * content (NUL bytes or invalid UTF-8). With `followLinks: false` a link is
 * refused rather than followed. `reserve` hears the size before any byte is
 * read, and may throw to stop (an import's total budget). Other errors (gone,
 * not allowed) are thrown.
 */
export async function readTextWithin(
  filePath: string,
  maxBytes: number,
  { followLinks = true, reserve }: { followLinks?: boolean; reserve?: (size: number) => void } = {},
): Promise<{ text: string } | TextFileProblem> {
  const read = await readRegularFile(filePath, followLinks ? fs.constants.O_RDONLY : NO_FOLLOW, maxBytes, reserve);
  return read instanceof Uint8Array ? decodeText(read, maxBytes) : read;
}

/**
 * readTextWithin's file work: open, fstat, read, close, with the callback
 * API. The promise API's FileHandle costs more than reading a small file,
 * and an import reads 10,000 of them. Closes the file whatever happens.
 */
function readRegularFile(
  filePath: string,
  flags: number,
  maxBytes: number,
  reserve: ((size: number) => void) | undefined,
): Promise<Uint8Array | TextFileProblem> {
  return new Promise((resolve, reject) => {
    fs.open(filePath, flags, (openError, fd) => {
      if (openError) {
        // A link where none may be followed (or a file swapped for one after its folder was listed).
        if (openError.code === 'ELOOP') resolve({ problem: 'link' });
        else reject(openError);
        return;
      }
      const finish = (error: unknown, result?: Uint8Array | TextFileProblem) => {
        fs.close(fd, (closeError) => {
          if (error !== undefined && error !== null) reject(error);
          else if (closeError) reject(closeError);
          else resolve(result as Uint8Array | TextFileProblem);
        });
      };
      fs.fstat(fd, (statError, info) => {
        if (statError) return finish(statError);
        if (!info.isFile()) return finish(undefined, { problem: 'not-a-file' });
        if (info.size > maxBytes) return finish(undefined, { problem: 'too-large', size: info.size });
        try {
          reserve?.(info.size);
        } catch (error) {
          return finish(error);
        }
        // One read of the size found, plus a byte to notice a file that grew (readFile would stat it again);
        // a file that changed size, or a short read, is read again in full.
        const buffer = Buffer.alloc(info.size + 1);
        fs.read(fd, buffer, 0, buffer.length, 0, (readError, bytesRead) => {
          if (readError) return finish(readError);
          if (bytesRead === info.size) return finish(undefined, buffer.subarray(0, bytesRead));
          // The read above was positional, so this one starts at the file's beginning.
          fs.readFile(fd, (againError, all) => finish(againError, all));
        });
      });
    });
  });
}

/** Checks bytes read from a file as readTextWithin does: within `maxBytes`, no NUL byte, valid UTF-8. */
export function decodeText(bytes: Uint8Array, maxBytes: number): { text: string } | TextFileProblem {
  if (bytes.byteLength > maxBytes) return { problem: 'too-large', size: bytes.byteLength };
  if (bytes.includes(0)) return { problem: 'binary' };
  // Node's own UTF-8 check and decoding; the BOM is dropped, as a strict TextDecoder would.
  if (!isUtf8(bytes)) return { problem: 'not-utf8' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * Reads a UTF-8 text file the user picked (see readTextWithin), with a
 * reason the user can act on when it cannot be read.
 */
export async function readTextFileWithinLimit(filePath: string, maxBytes: number): Promise<TextFileResult> {
  let read: Awaited<ReturnType<typeof readTextWithin>>;
  try {
    read = await readTextWithin(filePath, maxBytes);
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
  if ('text' in read) return { ok: true, text: read.text };
  switch (read.problem) {
    case 'too-large':
      return {
        ok: false,
        reason: `The file is ${megabytes(read.size)}, more than the ${megabytes(maxBytes)} Forkcast reads.`,
      };
    case 'binary':
      return { ok: false, reason: 'The file is not text (it holds binary data).' };
    case 'not-utf8':
      return { ok: false, reason: 'The file is not UTF-8 text (it may be binary or in another encoding).' };
    case 'not-a-file':
    case 'link':
      return { ok: false, reason: 'That is not a file.' };
  }
}

/** A short, user-facing reason a file or folder could not be read. */
export function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'The file or folder no longer exists.';
    case 'EACCES':
    case 'EPERM':
      return 'Forkcast is not allowed to read it.';
    case 'EISDIR':
      return 'That is a folder, not a file.';
    default:
      return `It could not be read${error instanceof Error ? ` (${error.message})` : ''}.`;
  }
}
