import { z } from 'zod';
import { PATH_LEANS, type PathLean } from '../activities';
import type { CustomActivity } from '../activitySchemas';
import type { PickedFile } from '../bridge';
import { isLocalDate, type LocalDate } from '../dates';
import { entrySchema, type Entry } from '../entrySchemas';
import { BEST_MOMENT_HEADING, promptHeading, renderBody } from './body';
import { isDayContent } from './dayContentCheck';
import { lf, readDayFileParts, type DayFileParts } from './dayFileParts';
import { flatPropertyEdits } from './flatProperties';
import { checkFrontMatter, renderFrontMatter, unknownFrontMatterKeys } from './frontMatter';

/** An entry without its bookkeeping, which a hand-made file may lack. */
export type DayContent = Omit<Entry, 'createdAt' | 'updatedAt' | 'revision'>;
export const dayContentSchema = entrySchema.omit({ createdAt: true, updatedAt: true, revision: true });

/** The bookkeeping a file carried, used to restore an entry exactly. */
export interface DayMeta {
  createdAt?: string;
  updatedAt?: string;
  revision?: number;
}

/** What a file said about an activity, so an unknown custom one can be recreated. */
export interface ActivityHint {
  id: string;
  label?: string;
  lean?: PathLean;
}

export type DayFileResult =
  | {
      status: 'day';
      name: string;
      content: DayContent;
      meta: DayMeta;
      hints: ActivityHint[];
      /** Things that were read but not taken, e.g. unknown fields. */
      warnings: string[];
      /** Flat properties edited so they disagree with the activities, which win (flatProperties.ts). */
      flatEdits?: string[];
    }
  | { status: 'failed'; name: string; reason: string }
  /** Files the export writes that hold no day, such as index.md. */
  | { status: 'ignored'; name: string }
  /** A weekly review's file, checked when the import is planned (reviewFile.ts). */
  | Extract<DayFileParts, { status: 'review' }>;

/** The whole markdown file for one day. */
export function renderDayFile(entry: Entry, custom: readonly CustomActivity[] = []): string {
  const clean: Entry = {
    ...entry,
    prompts: entry.prompts.map((prompt) => ({ ...prompt, answer: lf(prompt.answer) })),
    highlight: { ...entry.highlight, text: lf(entry.highlight.text) },
    notes: lf(entry.notes),
  };
  return `---\n${renderFrontMatter(clean, custom)}---\n\n${renderBody(clean)}`;
}

function describeContentIssue(error: z.ZodError, promptIds: readonly string[], momentInBody: boolean): string {
  const issue = error.issues[0];
  if (!issue) return 'is not a valid day';
  const [first, second, third] = issue.path;
  let where: string;
  if (first === 'prompts' && typeof second === 'number' && third === 'answer') {
    where = `the answer under “${promptHeading(promptIds[second] ?? '')}”`;
  } else if (first === 'highlight' && second === 'text') {
    where = momentInBody ? `the text under “${BEST_MOMENT_HEADING}”` : 'highlightText';
  } else if (first === 'worstDay' && typeof second === 'string') {
    where = `worstDay${second[0]?.toUpperCase()}${second.slice(1)}`;
  } else if (first === 'notes') {
    where = 'the notes';
  } else {
    where = issue.path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join(' ');
  }
  return `${where} ${issue.message}`;
}

const timestamp = z.iso.datetime();
const revisionSchema = z.number().int().min(1);

/** The bookkeeping fields as Forkcast writes them; checked together first, as almost every file has them right. */
const metaSchema = z.object({
  created: timestamp.nullish(),
  updated: timestamp.nullish(),
  revision: revisionSchema.nullish(),
});

function readMeta(fields: { created?: unknown; updated?: unknown; revision?: unknown }, warnings: string[]): DayMeta {
  const all = metaSchema.safeParse(fields);
  if (all.success) {
    const { created, updated, revision } = all.data;
    return { createdAt: created ?? undefined, updatedAt: updated ?? undefined, ...(revision ? { revision } : {}) };
  }
  const meta: DayMeta = {};
  const stamp = (key: 'created' | 'updated') => {
    const value = fields[key];
    if (value === undefined || value === null) return undefined;
    const parsed = timestamp.safeParse(value);
    if (!parsed.success) warnings.push(`${key} is not a timestamp like 2026-11-20T18:00:00.000Z, so it was ignored`);
    return parsed.data;
  };
  meta.createdAt = stamp('created');
  meta.updatedAt = stamp('updated');
  if (fields.revision !== undefined && fields.revision !== null) {
    const revision = revisionSchema.safeParse(fields.revision);
    if (revision.success) meta.revision = revision.data;
    else warnings.push('revision is not a whole number, so it was ignored');
  }
  return meta;
}

type ReadParts = Extract<DayFileParts, { status: 'read' }>;

/** The activity fields a file carried, for hints; read leniently, as hints are optional. */
type ActivityFields = { id: unknown; label?: unknown; path?: unknown };

/** A checked day, with its warnings (body notes, unknown fields, unreadable bookkeeping) and hints. */
function finish(parts: ReadParts, content: DayContent, activities: readonly ActivityFields[]): DayFileResult {
  const { name, raw, body } = parts;
  const warnings = body.ok ? [...body.warnings] : [];
  const unknownKeys = unknownFrontMatterKeys(raw);
  if (unknownKeys.length > 0) {
    const keys = unknownKeys.join(', ');
    warnings.push(
      unknownKeys.length > 1
        ? `${keys} are not fields Forkcast knows, so they were left out`
        : `${keys} is not a field Forkcast knows, so it was left out`,
    );
  }
  const meta = readMeta(raw, warnings);
  const hints = activities.map(({ id, label, path }) => ({
    id: String(id),
    label: typeof label === 'string' ? label : undefined,
    // One of three words, looked up rather than parsed: an import asks this of every activity of every day.
    lean: PATH_LEANS.find((lean) => lean === path),
  }));
  const flatEdits = flatPropertyEdits(
    raw,
    content.activities.map(({ id, feel }, index) => ({ id, feel, ...pickHint(hints[index], id) })),
  );
  return { status: 'day', name, content, meta, hints, warnings, ...(flatEdits.length > 0 ? { flatEdits } : {}) };
}

/** What the file said of an activity, from its hint: read in step with the activities, so matched by id only as a check. */
const pickHint = (hint: ActivityHint | undefined, id: string) =>
  hint?.id === id ? { lean: hint.lean, label: hint.label } : { lean: undefined, label: undefined };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The day a front matter in Forkcast's own form holds, checked once against
 * the entry's rules (dayContentCheck.ts, then zod when it says no); null when
 * anything does not fit, and then the full check (frontMatter.ts's schema
 * first, for its messages) decides. For such values
 * that schema changes nothing, so both give the same day; skipping it halves
 * the checking of a large import.
 */
function checkCanonical(parts: ReadParts): DayFileResult | null {
  const { claimed, raw, body } = parts;
  if (!body.ok || (raw.date !== undefined && raw.date !== claimed)) return null;
  const prompts = raw.prompts ?? [];
  const activities = raw.activities ?? [];
  if (!Array.isArray(prompts) || !Array.isArray(activities) || !activities.every(isRecord)) return null;
  const candidate = {
    date: claimed,
    dayKind: raw.dayKind ?? null,
    energy: raw.energy ?? null,
    prompts: prompts.map((id: unknown, index) => ({ id, answer: body.answers[index] ?? '' })),
    promptShuffle: raw.promptShuffle ?? 0,
    activities: activities.map(({ id, feel }) => ({ id, feel: feel ?? null })),
    timing: raw.timing ?? null,
    highlight: { kind: raw.highlight ?? null, text: body.highlight ?? raw.highlightText ?? '' },
    worstDay: { management: raw.worstDayManagement ?? null, architecture: raw.worstDayArchitecture ?? null },
    motive: raw.motive ?? null,
    notes: body.notes,
    tags: raw.tags ?? [],
  };
  // The plain check takes almost every such day; zod decides the rest.
  if (isDayContent(candidate)) return finish(parts, candidate, activities as ActivityFields[]);
  const content = dayContentSchema.safeParse(candidate);
  return content.success ? finish(parts, content.data, activities as ActivityFields[]) : null;
}

/** The full check: each front matter field against what it should be, then the day against the entry's rules. */
function checkFull(parts: ReadParts): DayFileResult {
  const { name, claimed, raw, body } = parts;
  const failed = (reason: string): DayFileResult => ({ status: 'failed', name, reason });
  const front = checkFrontMatter(raw);
  if (!front.ok) return failed(front.reason);
  const fields = front.fields;
  const date: LocalDate = fields.date ?? claimed;
  if (!isLocalDate(date)) return failed(`has the date ${date}, which is not a real calendar date`);
  if (date !== claimed) return failed(`is named after ${claimed} but its date is ${date}`);

  const promptIds = fields.prompts ?? [];
  if (new Set(promptIds).size !== promptIds.length) return failed('lists a prompt twice in prompts');
  if (!body.ok) return failed(body.reason);

  const content = dayContentSchema.safeParse({
    date,
    dayKind: fields.dayKind ?? null,
    energy: fields.energy ?? null,
    prompts: promptIds.map((id, index) => ({ id, answer: body.answers[index] ?? '' })),
    promptShuffle: fields.promptShuffle ?? 0,
    activities: (fields.activities ?? []).map(({ id, feel }) => ({ id, feel })),
    timing: fields.timing ?? null,
    // Files before the Best moment section kept the text in the front matter.
    highlight: { kind: fields.highlight ?? null, text: body.highlight ?? fields.highlightText ?? '' },
    worstDay: { management: fields.worstDayManagement ?? null, architecture: fields.worstDayArchitecture ?? null },
    motive: fields.motive ?? null,
    notes: body.notes,
    tags: fields.tags ?? [],
  } satisfies DayContent);
  if (!content.success) return failed(describeContentIssue(content.error, promptIds, body.highlight !== null));
  return finish(parts, content.data, fields.activities ?? []);
}

/**
 * Checks what readDayFileParts read: every field against the entry's rules.
 * A failure names what was wrong, in words that finish the sentence
 * "<file name> …".
 */
export function checkDayFile(parts: DayFileParts): DayFileResult {
  if (parts.status !== 'read') return parts;
  return (parts.canonical ? checkCanonical(parts) : null) ?? checkFull(parts);
}

/**
 * Reads one day file, tolerating what hand edits bring (a BOM, Windows line
 * endings, missing optional fields, unknown fields).
 */
export function parseDayFile(file: PickedFile): DayFileResult {
  return checkDayFile(readDayFileParts(file));
}
