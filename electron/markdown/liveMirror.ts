import { lstat, realpath } from 'node:fs/promises';
import {
  INDEX_FILE,
  isExportPath,
  isSyncConflictPath,
  LIMITS,
  type LiveFolderWrite,
  type PickedFile,
} from '../../shared';
import { decodeText } from '../textFile';
import { listExportFolder } from './exportFolder';
import { readForCompare } from './folderFiles';
import { FolderGuard } from './folderGuard';
import { withFolderLock } from './folderLock';
import type { FolderWatcher } from './folderWatcher';
import type { ExportOutcome } from './folderWrite';
import type { Refusal } from './importFolder';
import type { LiveFolderStore, SeenFile } from './liveFolderStore';
import { readManifest, saveManifest } from './manifestFile';
import { eachLimited } from './parallel';

/**
 * The live folder's other direction: what other apps change in the folder.
 * Main remembers each file it mirrors (days, weekly reviews, decision.md) as
 * this computer last saw it (written by Forkcast here, or brought into the
 * journal); a rescan (after the folder's changes pause, when the window
 * gets focus, after the journal is written whole) finds the files that
 * differ from that, and the renderer brings them in through the import
 * preview. Nothing is taken without the user: a file settles only when the
 * preview was applied, and only while it still holds what was read.
 */

export interface LiveMirrorDeps {
  store: LiveFolderStore;
  write: (
    folder: string,
    write: LiveFolderWrite,
    afterWrite: (guard: FolderGuard, outcome: ExportOutcome) => Promise<void>,
  ) => Promise<ExportOutcome>;
  watch: (root: string, onSettled: () => void) => FolderWatcher;
  /** Tells the window how many files await the user's review (0: none). */
  notify: (changed: number) => void;
  /** How long what was seen may wait before it is saved to the profile. */
  saveDelayMs?: number;
}

/**
 * A file whose content the journal holds: a day, a weekly review, decision.md.
 * Not index.md, which only lists the days and is written again from them.
 */
const isMirrored = (path: string) => path !== INDEX_FILE && isExportPath(path);
/** What a rescan looks at: those files, and the conflict copies sync tools make of day files, offered for their day. */
const isWatched = (path: string) => isMirrored(path) || isSyncConflictPath(path);

export function createLiveMirror(deps: LiveMirrorDeps) {
  let folder: string | null = null;
  let root: string | null = null;
  let seen = new Map<string, SeenFile>();
  /** Files found changed and not yet settled, with the hash they had. */
  let changed = new Map<string, SeenFile>();
  /** What the last read handed the renderer, by path: settling checks each file still holds it. */
  let read = new Map<string, SeenFile>();
  let watcher: FolderWatcher | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** After stop, a rescan still under way saves nothing: the app is quitting. */
  let stopped = false;
  let saving: Promise<void> = Promise.resolve();

  const saveSeenSoon = () => {
    if (saveTimer !== null || folder === null || stopped) return;
    const forFolder = folder;
    saveTimer = setTimeout(() => {
      saveTimer = null;
      if (forFolder === folder) {
        saving = deps.store.saveSeen(forFolder, seen).catch((error: unknown) => {
          // Without it the next start reads every file once more: slower, never wrong.
          console.error('Forkcast: could not save what was seen in the live folder', error);
        });
      }
    }, deps.saveDelayMs ?? 1_000);
  };

  const stat = async (guard: FolderGuard, path: string, sha256: string): Promise<SeenFile | null> => {
    const info = await lstat(guard.resolve(path)).catch(() => null);
    return info?.isFile() ? { sha256, size: info.size, mtimeMs: info.mtimeMs } : null;
  };

  /** Looks at every mirrored file; only those whose size or time moved are read. Runs under the folder lock. */
  async function scan(guard: FolderGuard): Promise<Map<string, SeenFile>> {
    const listing = await listExportFolder(guard.root);
    const found = new Map<string, SeenFile>();
    const paths = [...listing].filter(([path, kind]) => kind === 'file' && isWatched(path)).map(([path]) => path);
    await eachLimited(paths, async (path) => {
      const info = await lstat(guard.resolve(path));
      const known = seen.get(path);
      if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return;
      const now = await readForCompare(guard.resolve(path));
      const file = { sha256: now.sha256, size: info.size, mtimeMs: info.mtimeMs };
      if (known?.sha256 === now.sha256) {
        // Touched, not changed: remember the new time so the next rescan skips it.
        seen.set(path, file);
        saveSeenSoon();
      } else found.set(path, file);
    });
    return found;
  }

  async function rescan(): Promise<number> {
    const current = root;
    if (current === null) return 0;
    const found = await withFolderLock(current, async () => scan(await FolderGuard.open(current)));
    if (current !== root || stopped) return 0;
    changed = found;
    deps.notify(changed.size);
    return changed.size;
  }

  const rescanQuietly = () => {
    rescan().catch((error: unknown) => console.error('Forkcast: could not rescan the live folder', error));
  };

  async function use(next: string | null): Promise<void> {
    watcher?.close();
    watcher = null;
    folder = next;
    root = next === null ? null : await realpath(next).catch(() => next);
    changed = new Map();
    read = new Map();
    seen = next === null ? new Map() : await deps.store.loadSeen(next);
    if (root !== null) {
      try {
        watcher = deps.watch(root, rescanQuietly);
      } catch (error) {
        // A folder that cannot be watched is still rescanned on focus and after each full write.
        console.error('Forkcast: cannot watch the live folder', error);
      }
    }
  }

  return {
    folder: () => folder,
    /** Starts with the folder chosen earlier, if any. */
    async start(): Promise<void> {
      await use(await deps.store.load());
    },
    /** Makes `next` the live folder (null: off) and remembers it; throws when the profile cannot be written. */
    async choose(next: string | null): Promise<void> {
      await deps.store.save(next);
      await use(next);
    },

    /** Writes what was saved; the files written become what this computer last saw. A full write is followed by a rescan. */
    async write(request: LiveFolderWrite): Promise<ExportOutcome> {
      if (folder === null) throw new Error('The live folder is off.');
      const outcome = await deps.write(folder, request, async (guard, result) => {
        for (const path of request.removed.map((date) => `${date.slice(0, 4)}/${date}.md`)) seen.delete(path);
        await eachLimited(
          [...result.settled].filter(([path]) => isMirrored(path)),
          async ([path, sha256]) => {
            const file = await stat(guard, path, sha256);
            if (file) seen.set(path, file);
            changed.delete(path);
          },
        );
        saveSeenSoon();
      });
      if (request.full) rescanQuietly();
      return outcome;
    },

    rescan,
    /** For window focus: a rescan whose failure is only logged. */
    rescanQuietly,

    /** Reads the changed files for the import preview, remembering what was read. */
    async readChanges(): Promise<{ files: PickedFile[]; refused: Refusal[] }> {
      const current = root;
      if (current === null) return { files: [], refused: [] };
      const guard = await FolderGuard.open(current);
      const files: PickedFile[] = [];
      const refused: Refusal[] = [];
      read = new Map();
      for (const path of [...changed.keys()].sort()) {
        const now = await readForCompare(guard.resolve(path)).catch(() => null);
        if (now === null || now.seen.absent) {
          refused.push({ name: path, reason: 'is no longer in the folder' });
          continue;
        }
        read.set(path, { sha256: now.sha256, size: now.seen.size, mtimeMs: now.seen.mtimeMs });
        const text = now.bytes ? decodeText(now.bytes, LIMITS.fileBytes) : { problem: 'too-large' as const };
        if ('text' in text) files.push({ name: path, text: text.text });
        else
          refused.push({
            name: path,
            reason: text.problem === 'too-large' ? 'is too large to import' : 'is not UTF-8 text',
          });
      }
      return { files, refused };
    },

    /**
     * After the preview was applied: every file read is now seen as read (a
     * file changed again since stays changed), and the files whose days the
     * journal took become Forkcast's to update on the next save. The others
     * (a file with a problem, a conflict the user kept theirs in) are left as
     * they are: not offered again until their content changes, and never
     * Forkcast's to replace, so the next save of their day asks first.
     * Returns how many files are still changed, and how many were left.
     */
    async settle(taken: readonly string[]): Promise<{ open: number; left: number }> {
      const current = root;
      if (current === null) return { open: 0, left: 0 };
      const took = new Set(taken);
      let left = 0;
      await withFolderLock(current, async () => {
        const guard = await FolderGuard.open(current);
        const manifest = await readManifest(guard);
        const record = new Map(manifest.files);
        for (const [path, file] of read) {
          const now = await readForCompare(guard.resolve(path)).catch(() => null);
          if (now?.sha256 !== file.sha256) continue;
          seen.set(path, file);
          changed.delete(path);
          if (!took.has(path)) left += 1;
          // A conflict copy is never Forkcast's to write: only the file itself joins the record.
          else if (isMirrored(path)) record.set(path, { sha256: file.sha256, bytes: file.size });
        }
        read = new Map();
        await saveManifest(guard, manifest, record);
      });
      saveSeenSoon();
      deps.notify(changed.size);
      return { open: changed.size, left };
    },

    /** Stops watching and saves what was seen, for the next start. */
    async stop(): Promise<void> {
      stopped = true;
      watcher?.close();
      watcher = null;
      if (saveTimer !== null) clearTimeout(saveTimer);
      saveTimer = null;
      await saving;
      if (folder !== null) await deps.store.saveSeen(folder, seen);
    },
  };
}

export type LiveMirror = ReturnType<typeof createLiveMirror>;
