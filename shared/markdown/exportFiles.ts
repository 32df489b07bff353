import type { ExportMarkdownRequest } from '../bridge';
import type { LocalDate } from '../dates';
import type { Entry } from '../entry';
import { renderDayFile } from './dayFile';
import { renderDecisionFile } from './decisionFile';
import { indexDays, renderIndex } from './indexFile';
import { dayFilePath, DECISION_FILE, INDEX_FILE } from './paths';
import { renderReviewFile, reviewFilePath } from './reviewFile';
import { weekDates } from '../review/weeks';

/** A file of an export: a relative path with '/' separators, and its text. */
export interface ExportFile {
  path: string;
  text: string;
}

/** The entries a request covers (its range, inclusive, or all), oldest first. */
export function entriesToExport(request: Pick<ExportMarkdownRequest, 'entries' | 'range'>): Entry[] {
  const { range } = request;
  const inRange = range
    ? request.entries.filter((entry) => entry.date >= range.from && entry.date <= range.to)
    : [...request.entries];
  return inRange.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Every file of a markdown export: one per day, one per weekly review whose
 * week overlaps the range, then index.md, and decision.md when the journal
 * has a decision plan. `onDisk` lists
 * days already in the target folder, so a partial export keeps the index
 * linking every day there.
 */
export function renderMarkdownExport(request: ExportMarkdownRequest, onDisk: readonly LocalDate[] = []): ExportFile[] {
  const entries = entriesToExport(request);
  const days = entries.map((entry) => ({
    path: dayFilePath(entry.date),
    text: renderDayFile(entry, request.customActivities),
  }));
  const { range } = request;
  const reviews = (request.reviews ?? [])
    .filter((review) => {
      if (!range) return true;
      const { from, to } = weekDates(review.week);
      return from <= range.to && to >= range.from;
    })
    .map((review) => ({ path: reviewFilePath(review.week), text: renderReviewFile(review) }));
  const decision = request.decision ? [{ path: DECISION_FILE, text: renderDecisionFile(request.decision) }] : [];
  return [...days, ...reviews, { path: INDEX_FILE, text: renderIndex(indexDays(entries, onDisk)) }, ...decision];
}
