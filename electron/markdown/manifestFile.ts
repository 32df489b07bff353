import { hash } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import {
  MANIFEST_FOLDER,
  MANIFEST_PATH,
  parseManifest,
  renderManifest,
  type FolderManifest,
  type WrittenFile,
} from '../../shared';
import { writeFileAtomic } from '../atomicWrite';
import { readTextWithin } from '../textFile';
import { ExportTargetError, type FolderGuard } from './folderGuard';

/** A manifest of 200,000 days is about 22 MB. */
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

/** The SHA-256 of some bytes or UTF-8 text, in hex: what the manifest records. One call, no Hash object: an export hashes every file. */
export function sha256(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}

/** The manifest's record of a file written with these bytes (or this text, as UTF-8). */
export function writtenFile(data: string | Uint8Array): WrittenFile {
  return typeof data === 'string'
    ? { sha256: sha256(data), bytes: Buffer.byteLength(data) }
    : { sha256: sha256(data), bytes: data.byteLength };
}

/**
 * The last manifest read or written at each path, with the identity of its
 * file: a live folder reads it on every save, and parsing 10,000 records
 * each time cost more than the save. A manifest replaced or edited since has
 * another identity (an atomic write makes a new file) and is read again.
 */
const parsed = new Map<string, { identity: string; text: string; files: ReadonlyMap<string, WrittenFile> }>();
const identityOf = async (path: string): Promise<string | null> => {
  const info = await lstat(path).catch(() => null);
  return info?.isFile() ? `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}` : null;
};

/** What the folder's manifest says Forkcast wrote, or why it says nothing to trust. */
export interface ManifestState {
  /** Shared with the cache of parsed manifests: callers copy it before changing it. */
  files: ReadonlyMap<string, WrittenFile>;
  /** The manifest's text as read ('' when there was none), so an unchanged one is not rewritten. */
  text: string;
  /** Set when a manifest was there but could not be trusted; every file then counts as not Forkcast's. */
  problem: string | null;
}

/**
 * Reads `.forkcast/manifest.json`. A missing one is an empty record; a
 * damaged or foreign one is reported and trusted in nothing; one from a newer
 * Forkcast stops the export, which must not write by rules it does not know.
 */
export async function readManifest(guard: FolderGuard): Promise<ManifestState> {
  const empty = (problem: string | null): ManifestState => ({ files: new Map(), text: '', problem });
  const damaged = (why: string) =>
    empty(
      `The folder's record of what Forkcast wrote (${MANIFEST_PATH}) ${why}, so every file already there was treated as someone else's.`,
    );
  const folder = await lstat(guard.resolve(MANIFEST_FOLDER)).catch(() => null);
  if (folder === null) return empty(null);
  if (!folder.isDirectory()) return damaged('is inside something that is not a plain folder (perhaps a link)');
  const path = guard.resolve(MANIFEST_PATH);
  const before = await identityOf(path);
  const known = parsed.get(path);
  if (before !== null && known?.identity === before) return { files: known.files, text: known.text, problem: null };
  let read: Awaited<ReturnType<typeof readTextWithin>>;
  try {
    read = await readTextWithin(path, MANIFEST_MAX_BYTES, { followLinks: false });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return empty(null);
    throw error;
  }
  if (!('text' in read)) return damaged(read.problem === 'link' ? 'is a link' : 'is not a text file Forkcast can read');
  const reading = parseManifest(read.text);
  if (reading.status === 'newer') {
    throw new ExportTargetError(
      `This folder was last exported by a newer version of Forkcast (its record is version ${reading.version}). Update Forkcast, or export into another folder.`,
    );
  }
  if (reading.status === 'unusable') return damaged(`could not be used: ${reading.reason}`);
  // Remembered only when the file is provably the one read: the same identity before and after.
  if (before !== null && (await identityOf(path)) === before) {
    parsed.set(path, { identity: before, text: read.text, files: reading.files });
  }
  return { files: reading.files, text: read.text, problem: null };
}

/** Writes the manifest atomically when it differs from what was read; it goes last, after the files it names. */
export async function saveManifest(guard: FolderGuard, state: ManifestState, files: FolderManifest): Promise<void> {
  const text = renderManifest(files);
  if (text === state.text) return;
  await guard.enter(MANIFEST_FOLDER);
  const path = guard.resolve(MANIFEST_PATH);
  parsed.delete(path);
  // Not flushed, like the files it records: a manifest lost in a crash reads as damaged, and then every
  // file counts as someone else's (asked about, never replaced); the fsync cost more than a live save.
  await writeFileAtomic(path, text, { flush: false, beforeRename: () => guard.verify(MANIFEST_FOLDER) });
  state.text = text;
  const identity = await identityOf(path);
  if (identity !== null) parsed.set(path, { identity, text, files: new Map(files) });
}
