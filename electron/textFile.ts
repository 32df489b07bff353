import { open } from 'node:fs/promises';

export type TextFileResult = { ok: true; text: string } | { ok: false; reason: string };

const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * Reads a UTF-8 text file the user picked, refusing before reading anything
 * that is not a regular file or is larger than `maxBytes`, and refusing
 * binary content (NUL bytes or invalid UTF-8) with a reason the user can act
 * on. The size is checked again on the bytes read, in case the file grew.
 */
export async function readTextFileWithinLimit(filePath: string, maxBytes: number): Promise<TextFileResult> {
  const tooLarge = (size: number): TextFileResult => ({
    ok: false,
    reason: `The file is ${megabytes(size)}, more than the ${megabytes(maxBytes)} Forkcast reads.`,
  });
  let bytes: Uint8Array;
  try {
    const handle = await open(filePath, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { ok: false, reason: 'That is not a file.' };
      if (info.size > maxBytes) return tooLarge(info.size);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
  if (bytes.byteLength > maxBytes) return tooLarge(bytes.byteLength);
  if (bytes.includes(0)) return { ok: false, reason: 'The file is not text (it holds binary data).' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'The file is not UTF-8 text (it may be binary or in another encoding).' };
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
