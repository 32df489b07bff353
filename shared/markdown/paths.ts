import { isLocalDate, type LocalDate } from '../dates';
import { isWeekId } from '../review/weeks';

/** The index file an export writes beside the year folders. */
export const INDEX_FILE = 'index.md';

/** The decision plan's file beside it (decisionFile.ts). */
export const DECISION_FILE = 'decision.md';

/**
 * The relative path of a day's file, `YYYY/YYYY-MM-DD.md`. It is built from a
 * validated date only and throws for anything else, so no entry content can
 * ever steer where a file is written.
 */
export function dayFilePath(date: LocalDate): string {
  if (!isLocalDate(date)) throw new Error(`Refusing to build a file name from ${JSON.stringify(date)}.`);
  return `${date.slice(0, 4)}/${date}.md`;
}

/**
 * True for the relative paths an export writes, and only those:
 * `YYYY/YYYY-MM-DD.md` for a real date, `YYYY/YYYY-Www-review.md` for a
 * real week (reviewFile.ts), index.md and decision.md.
 */
export function isExportPath(path: string): boolean {
  if (path === INDEX_FILE || path === DECISION_FILE) return true;
  const week = /^(\d{4})\/(\1-W\d{2})-review\.md$/.exec(path)?.[2];
  if (week !== undefined) return isWeekId(week);
  const date = /^\d{4}\/(\d{4}-\d{2}-\d{2})\.md$/.exec(path)?.[1];
  return date !== undefined && isLocalDate(date) && dayFilePath(date) === path;
}

/** The last segment of a relative name, whichever slash it uses. */
export function baseName(name: string): string {
  // A slice rather than a split: every file of an import asks this several times.
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

/** True for markdown file names (`.md` or `.markdown`, any case). */
export function isMarkdownName(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

/** True when any segment of a relative name is hidden (`.obsidian`, `.trash`, temp files). */
export function isHiddenName(name: string): boolean {
  return name.split(/[\\/]/).some((segment) => segment.startsWith('.') && segment !== '.');
}

/**
 * The file name a sync tool's conflict copy is a copy of: Syncthing's
 * `2026-11-20.sync-conflict-20261121-093015-ABCDEF1.md` and Dropbox's
 * `2026-11-20 (Anna's conflicted copy 2026-11-21).md` both hold another
 * computer's version of `2026-11-20.md`, as `decision.sync-conflict-….md`
 * does of `decision.md`. Null for any other name.
 */
export function syncConflictOriginal(name: string): string | null {
  const base = baseName(name);
  const match =
    /^(.+)\.sync-conflict-\d{8}-\d{6}-[0-9A-Z]{7}(\.(?:md|markdown))$/i.exec(base) ??
    /^(.+) \(.+['’]s conflicted copy \d{4}-\d{2}-\d{2}(?: \(\d+\))?\)(\.(?:md|markdown))$/i.exec(base);
  return match ? `${match[1]}${match[2]}` : null;
}

/**
 * The day a sync tool's conflict copy of a day file belongs to, or null for
 * any other name. The date may still be impossible; callers check it with
 * isLocalDate.
 */
export function syncConflictDay(name: string): string | null {
  return /^(\d{4}-\d{2}-\d{2})\.(md|markdown)$/i.exec(syncConflictOriginal(name) ?? '')?.[1] ?? null;
}

/**
 * The date a file name claims, from its base name ('2026/2026-11-20.md' gives
 * '2026-11-20', and so does a sync tool's conflict copy of it), or null when
 * it is not named after a day. The claimed date may still be impossible
 * (2026-02-30); callers check it with isLocalDate.
 */
export function dateInFileName(name: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})\.(md|markdown)$/i.exec(baseName(name));
  return match?.[1] ?? syncConflictDay(name);
}

/**
 * The file of the folder a sync tool's conflict copy is a copy of, when it is
 * one Forkcast keeps there and the copy sits beside it: a day's or a weekly
 * review's in its year folder, decision.md at the top. Null otherwise, and
 * for index.md, which holds nothing of its own.
 */
export function syncConflictTarget(path: string): string | null {
  const original = syncConflictOriginal(path);
  if (original === null) return null;
  const target = `${path.slice(0, path.lastIndexOf('/') + 1)}${original.replace(/\.(md|markdown)$/i, '.md')}`;
  return target !== INDEX_FILE && isExportPath(target) ? target : null;
}

/** True for a sync tool's conflict copy of a day, a weekly review or decision.md, beside that file. */
export function isSyncConflictPath(path: string): boolean {
  return syncConflictTarget(path) !== null;
}

/**
 * The week a review file's name claims ('2026/2026-W49-review.md' gives
 * '2026-W49', and so does a sync tool's conflict copy of it), or null when it
 * is not named like one. The week may still not exist (2025-W53); callers
 * check it with isWeekId.
 */
export function weekInFileName(name: string): string | null {
  const review = /^(\d{4}-W\d{2})-review\.(md|markdown)$/i;
  return review.exec(baseName(name))?.[1] ?? review.exec(syncConflictOriginal(name) ?? '')?.[1] ?? null;
}
