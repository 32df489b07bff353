import { randomBytes } from 'node:crypto';
import { close, fsync, open, rename, write } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * How much of the target's name a temporary file keeps: with the leading dot,
 * the random part and the suffix (22 bytes) it stays under the 255-byte name
 * limit of common file systems, however long the target's own name is.
 */
const TEMP_BASE_BYTES = 200;

/** The first characters of `name` that fit in `maxBytes` of UTF-8, never splitting a character. */
function cutToBytes(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  let kept = '';
  let bytes = 0;
  for (const char of name) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes) break;
    kept += char;
  }
  return kept;
}

/**
 * Random bytes for temporary names, drawn from the system a batch at a time:
 * one call per file cost an export of 10,000 files more than its hashing.
 */
const RANDOM_BATCH = 8 * 512;
let randomPool = Buffer.alloc(0);
let randomUsed = 0;
function randomHex8(): string {
  if (randomUsed + 8 > randomPool.length) {
    randomPool = randomBytes(RANDOM_BATCH);
    randomUsed = 0;
  }
  randomUsed += 8;
  return randomPool.toString('hex', randomUsed - 8, randomUsed);
}

/** A fresh temporary path beside `target`: `.<name>.<16 hex>.tmp`, hidden and in the same folder. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${cutToBytes(basename(target), TEMP_BASE_BYTES)}.${randomHex8()}.tmp`);
}

/**
 * True when `name` is a temporary file writeFileAtomic made for a file named
 * `base` (or, before names were cut to fit, one with a UUID), so a write
 * that a crash or kill interrupted can be cleaned up later.
 */
export function isTempNameFor(name: string, base: string): boolean {
  const prefix = `.${cutToBytes(base, TEMP_BASE_BYTES)}.`;
  if (!name.startsWith(prefix) || !name.endsWith('.tmp')) return false;
  return /^([0-9a-f]{16}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.test(
    name.slice(prefix.length, -'.tmp'.length),
  );
}

export interface AtomicWriteOptions {
  /** Sync the bytes to disk before the rename; see writeFileAtomic. */
  flush?: boolean;
  /** Runs after the bytes are written and right before the rename; throwing stops the write, leaving the old file. */
  beforeRename?: () => Promise<void>;
}

/**
 * Creates `path` (never reusing a file already there, readable only by the
 * user) and writes `bytes` into it, synced first when `flush` is set. The
 * callback API on purpose, here and for the rename: fs/promises' FileHandle
 * and promise objects per call cost an export of 10,000 files a tenth to a
 * fifth more CPU.
 */
function writeNewFile(path: string, bytes: Uint8Array, flush: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    open(path, 'wx', 0o600, (openError, fd) => {
      if (openError) {
        reject(openError);
        return;
      }
      const finish = (error: Error | null) => {
        close(fd, (closeError) => {
          const failure = error ?? closeError;
          if (failure) reject(failure);
          else resolve();
        });
      };
      const writeFrom = (offset: number) => {
        if (offset >= bytes.byteLength) {
          if (flush) fsync(fd, finish);
          else finish(null);
          return;
        }
        write(fd, bytes, offset, bytes.byteLength - offset, offset, (error, written) => {
          if (error) finish(error);
          // A write that makes no progress would loop forever: it is a failed write.
          else if (written === 0)
            finish(Object.assign(new Error(`Nothing could be written to ${path}`), { code: 'EIO' }));
          else writeFrom(offset + written);
        });
      };
      writeFrom(0);
    });
  });
}

/**
 * Writes a file so that readers see either the old content or the new, never
 * half of it: the bytes go to a temporary file in the same folder (so the
 * rename stays on one file system), are flushed to disk, then renamed over the
 * target. On any failure (a full disk part-way through the bytes, a refused
 * rename, `beforeRename` throwing) the temporary file is removed and the
 * error rethrown. `flush: false` skips the fsync for files that are copies of
 * data kept elsewhere (markdown export): the rename still keeps them whole if
 * the app crashes, and 10,000 fsyncs would dominate an export.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  { flush = true, beforeRename }: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writeNewFile(temp, typeof data === 'string' ? Buffer.from(data, 'utf8') : data, flush);
    await beforeRename?.();
    await new Promise<void>((resolve, reject) => {
      rename(temp, target, (error) => (error ? reject(error) : resolve()));
    });
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

/** What went wrong with a file-system write, and what to do, without saying what it changed. */
export function describeFsCause(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOSPC':
      return 'The disk is full. Free some space and try again.';
    case 'EACCES':
    case 'EPERM':
      return 'Forkcast is not allowed to write there. Pick another folder.';
    case 'EROFS':
      return 'That location is read-only. Pick another folder.';
    case 'ENOENT':
      return 'That folder no longer exists. Pick it again.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open right now. Try again in a moment.';
    case 'ENAMETOOLONG':
      return 'The file name is too long for that disk. Pick a shorter name.';
    default:
      return `The file could not be written${error instanceof Error ? ` (${error.message})` : ''}.`;
  }
}

/** A short, user-facing reason for a failed write that changed nothing (an atomic write, or none started). */
export function describeFsError(error: unknown): string {
  return `${describeFsCause(error)} Nothing was changed.`;
}
