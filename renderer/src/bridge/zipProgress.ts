import type { ExportProgress } from '../../../shared';

/**
 * The browser export's progress listeners, apart from the export itself:
 * the page subscribes at startup, and the zip code (yaml and fflate) loads
 * only when the user exports.
 */
const listeners = new Set<(progress: ExportProgress) => void>();

/** Listens for the zip's progress; the returned function stops listening. */
export function onZipProgress(listener: (progress: ExportProgress) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tells every listener how far the zip is. */
export function reportZipProgress(done: number, total: number): void {
  for (const listener of listeners) listener({ done, total });
}
