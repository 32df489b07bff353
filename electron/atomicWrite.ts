import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either the old content or the new, never
 * half of it: the bytes go to a temporary file in the same folder (so the
 * rename stays on one file system), are flushed to disk, then renamed over the
 * target. On any failure the temporary file is removed and the error rethrown.
 * `flush: false` skips the fsync for files that are copies of data kept
 * elsewhere (markdown export): the rename still keeps them whole if the app
 * crashes, and 10,000 fsyncs would dominate an export.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  { flush = true }: { flush?: boolean } = {},
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
  try {
    // 'wx' never reuses a file that is already there; `flush` syncs the bytes before the close.
    await writeFile(temp, data, { flag: 'wx', mode: 0o600, flush });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A short, user-facing reason for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOSPC':
      return 'The disk is full. Free some space and try again; nothing was changed.';
    case 'EACCES':
    case 'EPERM':
      return 'Forkcast is not allowed to write there. Pick another folder; nothing was changed.';
    case 'EROFS':
      return 'That location is read-only. Pick another folder; nothing was changed.';
    case 'ENOENT':
      return 'That folder no longer exists. Pick it again.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open right now. Try again in a moment.';
    default:
      return `The file could not be written${error instanceof Error ? ` (${error.message})` : ''}.`;
  }
}
