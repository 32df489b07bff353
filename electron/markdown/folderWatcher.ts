import { watch as fsWatch, type FSWatcher } from 'node:fs';

/**
 * Watches a folder and its sub-folders and calls `onSettled` once the
 * changes in it have paused for `quietMs`: a sync tool or an editor saving
 * writes a file in several steps, and a rescan after each step would read it
 * half-way. Changes to hidden names (Forkcast's own `.forkcast/` record and
 * the temporary files of atomic writes, an editor's swap files) are ignored:
 * they are never days. The rescan decides what really changed; this only
 * says when to look.
 */
export interface FolderWatcher {
  close(): void;
}

export type WatchFn = (
  path: string,
  options: { recursive: boolean },
  listener: (event: string, name: string | Buffer | null) => void,
) => Pick<FSWatcher, 'close' | 'on'>;

const isHidden = (name: string) => name.split(/[\\/]/).some((part) => part.startsWith('.'));

export function watchFolder(
  root: string,
  onSettled: () => void,
  { quietMs = 300, watch = fsWatch as WatchFn }: { quietMs?: number; watch?: WatchFn } = {},
): FolderWatcher {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  const settleSoon = () => {
    if (closed) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!closed) onSettled();
    }, quietMs);
  };
  const watcher = watch(root, { recursive: true }, (_event, name) => {
    // A null name means the platform could not say which file: look anyway.
    if (name !== null && isHidden(name.toString())) return;
    settleSoon();
  });
  watcher.on('error', (error: unknown) => {
    // The folder was removed or unmounted: the next rescan says so; watching stops here.
    console.error('Forkcast: stopped watching the live folder', error);
    close();
  });
  function close(): void {
    closed = true;
    if (timer !== null) clearTimeout(timer);
    watcher.close();
  }
  return { close };
}
