import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

export type TextFileResult = { ok: true; text: string } | { ok: false; reason: string };

/** Why a file was not read as text. */
export type TextFileProblem =
  | { problem: 'not-a-file' }
  | { problem: 'link' }
  | { problem: 'too-large'; size: number }
  | { problem: 'binary' }
  | { problem: 'not-utf8' };

/** Opens for reading, failing on a link instead of following it (where the OS can). */
export const NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

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
  let handle: FileHandle;
  try {
    handle = await open(filePath, followLinks ? 'r' : NO_FOLLOW);
  } catch (error) {
    // A link where none may be followed (or a file swapped for one after its folder was listed).
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return { problem: 'link' };
    throw error;
  }
  let bytes: Uint8Array;
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: 'not-a-file' };
    if (info.size > maxBytes) return { problem: 'too-large', size: info.size };
    reserve?.(info.size);
    // One read of the size found, plus a byte to notice a file that grew (readFile would stat it again);
    // a file that changed size, or a short read, is read again in full.
    const buffer = Buffer.alloc(info.size + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    bytes = bytesRead === info.size ? buffer.subarray(0, bytesRead) : await handle.readFile();
  } finally {
    await handle.close();
  }
  return decodeText(bytes, maxBytes);
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
