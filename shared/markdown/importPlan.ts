import { customActivitySchema, type CustomActivity } from '../activitySchemas';
import type { PickedFile } from '../bridge';
import type { LocalDate } from '../dates';
import { dayDifferences } from '../dayDifferences';
import type { DecisionPlan } from '../decisionSchemas';
import type { Entry } from '../entry';
import { LIMITS } from '../limits';
import type { Review } from '../review/reviewSchemas';
import { parseDayFile, type ActivityHint, type DayContent, type DayFileResult, type DayMeta } from './dayFile';
import { takesDecision, type DecisionImport } from './decisionImport';
import { planReviews, resolveReviews, type ReviewsPreview } from './reviewImport';

/** A day read from a file. */
export interface ImportedDay {
  date: LocalDate;
  file: string;
  theirs: Entry;
}

/** A day the file and the journal both hold, with different content. */
export interface DifferingDay extends ImportedDay {
  mine: Entry;
  /** What differs, in words: "notes", "energy"… */
  differences: string[];
}

export interface FileProblem {
  name: string;
  reason: string;
}

/** What an import would do, shown before anything is written. */
export interface ImportPreview {
  newDays: ImportedDay[];
  /** The journal's day is still as it was exported; only the file changed, so the file is taken. */
  changedDays: DifferingDay[];
  /** The journal's day changed since (or the file came from elsewhere): the user chooses. */
  conflicts: DifferingDay[];
  unchanged: ImportedDay[];
  /** Days found in more than one file; none of those files is imported. */
  duplicates: { date: LocalDate; files: string[] }[];
  /** Files that cannot be imported, each with its reason. */
  problems: FileProblem[];
  /** Files imported with something left out. */
  warnings: { name: string; message: string }[];
  /**
   * Days whose flat properties (feelManagement, activityNames…) were edited so
   * they disagree with the day's activities: the activities are what is read,
   * so these edits are not taken, and the preview says so for each day.
   */
  flatEdits: { date: LocalDate; file: string; edits: string[] }[];
  hints: ActivityHint[];
  reviews: ReviewsPreview;
  /** The decision plan a decision.md holds, and what importing does with it; absent when the import has none. */
  decision?: DecisionImport;
}

export type ConflictChoice = 'mine' | 'theirs';

function withMeta(content: DayContent, meta: DayMeta, now: string): Entry {
  return {
    ...content,
    createdAt: meta.createdAt ?? now,
    updatedAt: meta.updatedAt ?? meta.createdAt ?? now,
    revision: meta.revision ?? 1,
  };
}

const byDate = <T extends { date: LocalDate }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Reads the files and compares them with the journal. Pure: nothing is written. */
export function planImport(input: {
  files: readonly PickedFile[];
  refused?: readonly FileProblem[];
  current: readonly Entry[];
  currentReviews?: readonly Review[];
  now: Date;
}): ImportPreview {
  return planImportFrom({ ...input, results: input.files.map(parseDayFile) });
}

/** Compares files already read (parseDayFile, or its two halves) with the journal. Pure: nothing is written. */
export function planImportFrom(input: {
  results: readonly DayFileResult[];
  refused?: readonly FileProblem[];
  current: readonly Entry[];
  /** The journal's weekly reviews, compared with review files like days with day files. */
  currentReviews?: readonly Review[];
  now: Date;
}): ImportPreview {
  const now = input.now.toISOString();
  const preview: ImportPreview = {
    newDays: [],
    changedDays: [],
    conflicts: [],
    unchanged: [],
    duplicates: [],
    problems: [...(input.refused ?? [])],
    warnings: [],
    flatEdits: [],
    hints: [],
    reviews: { newReviews: [], changedReviews: [], reviewConflicts: [], unchangedReviews: [] },
  };
  const found = new Map<LocalDate, Extract<DayFileResult, { status: 'day' }>[]>();
  for (const result of input.results) {
    if (result.status === 'failed') preview.problems.push({ name: result.name, reason: result.reason });
    if (result.status !== 'day') continue;
    const sameDay = found.get(result.content.date);
    if (sameDay) sameDay.push(result);
    else found.set(result.content.date, [result]);
  }

  const current = new Map(input.current.map((entry) => [entry.date, entry]));
  for (const [date, results] of found) {
    const [day, ...others] = results;
    if (!day) continue;
    if (others.length > 0) {
      preview.duplicates.push({ date, files: results.map((result) => result.name).sort() });
      continue;
    }
    preview.warnings.push(...day.warnings.map((message) => ({ name: day.name, message })));
    preview.hints.push(...day.hints);
    if (day.flatEdits) preview.flatEdits.push({ date, file: day.name, edits: day.flatEdits });
    const theirs = withMeta(day.content, day.meta, now);
    const mine = current.get(date);
    if (!mine) {
      preview.newDays.push({ date, file: day.name, theirs });
      continue;
    }
    const differences = dayDifferences(mine, theirs);
    if (differences.length === 0) preview.unchanged.push({ date, file: day.name, theirs });
    else if (day.meta.revision === mine.revision && day.meta.updatedAt === mine.updatedAt) {
      preview.changedDays.push({ date, file: day.name, theirs, mine, differences });
    } else preview.conflicts.push({ date, file: day.name, theirs, mine, differences });
  }
  for (const list of [
    preview.newDays,
    preview.changedDays,
    preview.conflicts,
    preview.unchanged,
    preview.duplicates,
    preview.flatEdits,
  ]) {
    list.sort(byDate);
  }
  planReviews(input.results, input.currentReviews ?? [], input.now, preview);
  preview.duplicates.sort(byDate);
  preview.problems.sort((a, b) => a.name.localeCompare(b.name));
  return preview;
}

/** The files whose days an import with these choices takes, or finds already the same: their content is in the journal. */
export function filesTaken(preview: ImportPreview, choices: ReadonlyMap<LocalDate, ConflictChoice>): string[] {
  const { decision } = preview;
  const { newReviews, changedReviews, unchangedReviews, reviewConflicts } = preview.reviews;
  return [
    ...[
      ...preview.newDays,
      ...preview.changedDays,
      ...preview.unchanged,
      ...preview.conflicts.filter((day) => choices.get(day.date) === 'theirs'),
      ...newReviews,
      ...changedReviews,
      ...unchangedReviews,
      ...reviewConflicts.filter((review) => choices.get(review.week) === 'theirs'),
    ].map((item) => item.file),
    ...(decision && (decision.action === 'same' || takesDecision(decision, choices)) ? [decision.file] : []),
  ];
}

/** What applying an import writes. */
export interface ImportWrite {
  entries: Entry[];
  /** The revision each written day had when previewed (null: it did not exist), checked again on write. */
  expected: { date: LocalDate; revision: number | null }[];
  /** Activities of the user's own that imported days use but the journal lacks. */
  customActivities: CustomActivity[];
  /** Weekly reviews to write, each checked on write against the revision the preview saw (null: none). */
  reviews?: Review[];
  expectedReviews?: { week: string; revision: number | null }[];
  /** The decision plan to store, replacing `expected` (the journal's when previewed, checked again on write). */
  decision?: { plan: DecisionPlan; expected: DecisionPlan | null };
}

function recreateActivities(
  entries: readonly Entry[],
  hints: readonly ActivityHint[],
  known: readonly CustomActivity[],
  now: string,
): CustomActivity[] {
  const have = new Set(known.map((activity) => activity.id));
  const created: CustomActivity[] = [];
  for (const id of new Set(entries.flatMap((entry) => entry.activities.map((activity) => activity.id)))) {
    if (have.has(id) || known.length + created.length >= LIMITS.customActivities) continue;
    const hint = hints.find((candidate) => candidate.id === id);
    const fallback = id.replace(/^custom-/, '').replace(/-/g, ' ');
    const parsed = customActivitySchema.safeParse({
      id,
      label: hint?.label?.trim() || fallback,
      lean: hint?.lean ?? 'neutral',
      createdAt: now,
    });
    // Built-in ids and ids that are not custom ones fail the schema and are skipped.
    if (parsed.success) created.push(parsed.data);
  }
  return created;
}

/**
 * Turns a preview and the user's choices into the writes. New and changed
 * days are taken; a conflict is taken only when the user chose theirs.
 * Weekly reviews follow the same rules, their choices keyed by week. A day
 * replacing one in the journal keeps its first creation time and counts as a
 * new save, so other windows notice it.
 */
export function resolveImport(
  preview: ImportPreview,
  choices: ReadonlyMap<LocalDate, ConflictChoice>,
  customActivities: readonly CustomActivity[],
  now: Date,
): ImportWrite {
  const stamp = now.toISOString();
  const replace = ({ theirs, mine }: DifferingDay): Entry => ({
    ...theirs,
    createdAt: mine.createdAt,
    updatedAt: stamp,
    revision: mine.revision + 1,
  });
  const taken = [...preview.changedDays, ...preview.conflicts.filter((day) => choices.get(day.date) === 'theirs')];
  const entries = [...preview.newDays.map((day) => day.theirs), ...taken.map(replace)].sort(byDate);
  return {
    entries,
    expected: [
      ...preview.newDays.map((day) => ({ date: day.date, revision: null })),
      ...taken.map((day) => ({ date: day.date, revision: day.mine.revision })),
    ],
    customActivities: recreateActivities(entries, preview.hints, customActivities, stamp),
    ...(preview.decision && takesDecision(preview.decision, choices)
      ? { decision: { plan: preview.decision.theirs, expected: preview.decision.mine } }
      : {}),
    ...resolveReviews(preview.reviews, choices, stamp),
  };
}
