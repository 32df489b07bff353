import type { ImportMarkdownResponse } from '../../../shared';
import {
  checkDayFile,
  checkDecisionFile,
  isDecisionFileName,
  planDecisionImport,
  planImportFrom,
  type CustomActivity,
  type DayFileResult,
  type DecisionPlan,
  type FileProblem,
  type ImportPreview,
  type PickedFile,
} from '../../../shared';
import { loadJournal } from '../data/portabilityRepository';
import { readDayFilesOffThread, readFrontMatterOffThread } from './importWorkerClient';
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
  const decisionFiles = loaded.files.filter((file) => isDecisionFileName(file.name));
  const parts = await readDayFilesOffThread(
    loaded.files.filter((file) => !isDecisionFileName(file.name)),
    signal,
  );
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
  const decision = await readDecision(decisionFiles, signal);
  signal?.throwIfAborted();
  const preview = planImportFrom({
    results,
    refused: [...loaded.refused, ...decision.problems],
    current: journal.entries,
    currentReviews: journal.reviews,
    now: new Date(),
  });
  if (decision.found) preview.decision = planDecisionImport(decision.found.name, decision.found.plan, journal.decision);
  return { preview, customActivities: journal.customActivities };
}

/** The decision plan of the import's decision.md; a second one, or one that does not read, is a problem. */
async function readDecision(
  files: readonly PickedFile[],
  signal?: AbortSignal,
): Promise<{ found: { name: string; plan: DecisionPlan } | null; problems: FileProblem[] }> {
  const [first, ...others] = files;
  const problems = others.map((file) => ({
    name: file.name,
    reason: `is a second decision file in this import; only ${first?.name ?? ''} is read`,
  }));
  if (!first) return { found: null, problems };
  const read = checkDecisionFile(await readFrontMatterOffThread(first, signal));
  if (!read.ok) return { found: null, problems: [{ name: first.name, reason: read.reason }, ...problems] };
  return { found: { name: first.name, plan: read.plan }, problems };
}
