import type { ImportMarkdownResponse } from '../../../shared';
import {
  checkDayFile,
  planImportFrom,
  type CustomActivity,
  type DayFileResult,
  type ImportPreview,
} from '../../../shared';
import { loadJournal } from '../data/portabilityRepository';
import { readDayFilesOffThread } from './importWorkerClient';
import { yieldToPage } from './yieldToPage';

/** How long the page checks files between pauses that let it paint and hear Cancel. */
const SLICE_MS = 12;

/**
 * Turns files read for an import into its preview without holding up the
 * page: the worker parses them, the page checks each file's values (zod) in
 * short slices, then compares them with the journal. Nothing is written.
 */
export async function previewImport(
  loaded: Extract<ImportMarkdownResponse, { status: 'loaded' }>,
  signal?: AbortSignal,
): Promise<{ preview: ImportPreview; customActivities: CustomActivity[] }> {
  const parts = await readDayFilesOffThread(loaded.files, signal);
  const results: DayFileResult[] = [];
  let sliceStart = performance.now();
  for (const part of parts) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
    results.push(checkDayFile(part));
  }
  const journal = await loadJournal();
  signal?.throwIfAborted();
  const preview = planImportFrom({
    results,
    refused: loaded.refused,
    current: journal.entries,
    currentReviews: journal.reviews,
    now: new Date(),
  });
  return { preview, customActivities: journal.customActivities };
}
