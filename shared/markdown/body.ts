import type { LocalDate } from '../dates';
import type { Entry } from '../entry';
import { findPrompt } from '../prompts';
import { TextLines } from './textLines';

/**
 * The body of a day file: a title, each prompt as a level-two heading with
 * its answer below, the best moment's text under "Best moment" (when there
 * is one), then a "Notes" heading with the free notes last.
 *
 * Sections are found by their exact headings, in the order the front matter
 * lists the prompts. An answer line that would read as one of those headings
 * is written with a leading backslash (which markdown shows as plain text)
 * and the backslash is removed on import, so any answer survives the round
 * trip. The notes come last and need no heading escapes.
 *
 * One more escape keeps other readers from taking text for metadata: pandoc
 * reads a `---` line followed by a non-blank line as the start of a second
 * YAML block, anywhere in the file. In every section such a line, and any
 * longer run of hyphens followed by a non-blank line, is written with one
 * hyphen more; import takes one away. Markdown renders the longer rule (or
 * heading underline) exactly as the shorter one.
 */

export const NOTES_HEADING = 'Notes';
/** The heading of the best moment's free text; its kind is in the front matter. */
export const BEST_MOMENT_HEADING = 'Best moment';

/** The heading a prompt's answer sits under: its text, or its id when the catalog no longer has it. */
export function promptHeading(id: string): string {
  return findPrompt(id)?.text ?? `Prompt ${id}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The weekday of a proleptic Gregorian date, 0 for Sunday (Sakamoto's method): no Date needed. */
function weekday(year: number, month: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (offsets[month - 1] as number) + day) % 7;
}

/**
 * The level-one title of a day file, e.g. "Friday 20 November 2026", in
 * English like the rest of the file. Written out from the date's digits:
 * formatting through a Date cost a tenth of reading a large import.
 */
export function dayTitle(date: LocalDate): string {
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return `${WEEKDAYS[weekday(year, month, day)]} ${day} ${MONTHS[month - 1]} ${date.slice(0, 4)}`;
}

/** Headings compare loosely (spacing, case) so small hand edits still match. */
const headingKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function lineHeadingKey(line: string): string | null {
  // Most lines are not headings; the check on two characters spares them the pattern.
  if (!line.startsWith('##')) return null;
  const match = /^##[ \t]+(.*)$/.exec(line);
  return match?.[1] === undefined ? null : headingKey(match[1]);
}

/** Heading keys by prompt id, and each key's heading line as written: every file of an import asks for the same few. */
const promptKeys = new Map<string, string>();
const HEADINGS_BY_KEY = new Map<string, string>();
function promptKey(id: string): string {
  let key = promptKeys.get(id);
  if (key === undefined) {
    key = headingKey(promptHeading(id));
    if (promptKeys.size < 10_000) {
      promptKeys.set(id, key);
      HEADINGS_BY_KEY.set(key, `## ${promptHeading(id)}`);
    }
  }
  return key;
}

const BEST_MOMENT_KEY = headingKey(BEST_MOMENT_HEADING);
const NOTES_KEY = headingKey(NOTES_HEADING);
HEADINGS_BY_KEY.set(BEST_MOMENT_KEY, `## ${BEST_MOMENT_HEADING}`);
HEADINGS_BY_KEY.set(NOTES_KEY, `## ${NOTES_HEADING}`);
const NO_KEYS: ReadonlySet<string> = new Set();

function structuralKeys(promptIds: readonly string[]): Set<string> {
  return new Set([...promptIds.map(promptKey), BEST_MOMENT_KEY, NOTES_KEY]);
}

const isStructural = (line: string, keys: ReadonlySet<string>) => {
  const key = lineHeadingKey(line.replace(/^\\+/, ''));
  return key !== null && keys.has(key);
};

/** Blank as pandoc sees it: only spaces and tabs. The end of a section counts as blank (a blank line follows it). */
const isBlank = (line: string | undefined) => line === undefined || /^[ \t]*$/.test(line);
const RULE_LINE = /^-{3,}[ \t]*$/;

/** One hyphen more on a rule line that a non-blank line follows (see the comment at the top). */
function encodeLines(lines: readonly string[], keys: ReadonlySet<string>): string[] {
  return lines.map((line, index) => {
    if (isStructural(line, keys)) return `\\${line}`;
    return RULE_LINE.test(line) && !isBlank(lines[index + 1]) ? `-${line}` : line;
  });
}

/** Undoes encodeLines. */
function decodeLines(lines: readonly string[], keys: ReadonlySet<string>): string[] {
  return lines.map((line, index) => {
    if (line.startsWith('\\') && isStructural(line, keys)) return line.slice(1);
    return line.startsWith('----') && RULE_LINE.test(line) && !isBlank(lines[index + 1]) ? line.slice(1) : line;
  });
}

const escapeText = (text: string, keys: ReadonlySet<string>) => encodeLines(text.split('\n'), keys).join('\n');

/** The markdown body for an entry; it ends with a line break. */
export function renderBody(entry: Entry): string {
  const keys = structuralKeys(entry.prompts.map((prompt) => prompt.id));
  const lines = [`# ${dayTitle(entry.date)}`, ''];
  for (const prompt of entry.prompts) {
    lines.push(`## ${promptHeading(prompt.id)}`, '', escapeText(prompt.answer, keys), '');
  }
  if (entry.highlight.text !== '')
    lines.push(`## ${BEST_MOMENT_HEADING}`, '', escapeText(entry.highlight.text, keys), '');
  // The notes come last, so only the rule lines need escaping.
  lines.push(`## ${NOTES_HEADING}`, '', escapeText(entry.notes, new Set()), '');
  return lines.join('\n');
}

/** True when line `index` may carry an escape: a backslash before a heading, or an extra hyphen on a rule. */
const mayBeEscaped = (lines: TextLines, index: number) =>
  lines.startsWith('\\', index) || lines.startsWith('----', index);

/** A section's text: lines `from` to `to` of the body, less the blank lines the export puts around them, escapes undone. */
function decodeSection(lines: TextLines, from: number, to: number, keys: () => ReadonlySet<string>): string {
  let start = from;
  let end = to;
  if (start < end && lines.isEmpty(start)) start += 1;
  if (end > start && lines.isEmpty(end - 1)) end -= 1;
  const section = lines.span(start, end);
  // Most sections hold no escape and are taken as one slice of the file; the others are decoded line by line.
  for (let index = start; index < end; index += 1) {
    if (mayBeEscaped(lines, index)) return decodeLines(section.split('\n'), keys()).join('\n');
  }
  return section;
}

function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start += 1;
  while (end > start && lines[end - 1]?.trim() === '') end -= 1;
  return lines.slice(start, end);
}

export type BodyResult =
  | {
      ok: true;
      answers: string[];
      /** The text under "Best moment", or null when the body has no such section. */
      highlight: string | null;
      notes: string;
      warnings: string[];
    }
  | { ok: false; reason: string };

/** The first line at or after `from` (and before `to`) that is a `##` heading with this key, or -1. */
function findHeading(lines: TextLines, key: string, from: number, to = lines.count): number {
  // Headings as Forkcast writes them match as they are; others (hand-edited spacing, case) by their key.
  const exact = HEADINGS_BY_KEY.get(key);
  for (let index = from; index < to; index += 1) {
    if (!lines.startsWith('##', index)) continue;
    const line = lines.line(index);
    if (line === exact || lineHeadingKey(line) === key) return index;
  }
  return -1;
}

/**
 * Reads the answers to `promptIds`, the best moment and the notes from a
 * body (the text below the front matter, line breaks as LF). A body with no
 * headings at all is taken as notes, so a hand-written day works.
 */
export function parseBody(body: string, date: LocalDate, promptIds: readonly string[]): BodyResult {
  const lines = new TextLines(body);
  // Needed only to undo an escape, which few files hold.
  let keySet: ReadonlySet<string> | null = null;
  const keys = () => (keySet ??= structuralKeys(promptIds));
  const starts: number[] = [];
  let cursor = 0;
  for (const id of promptIds) {
    const at = findHeading(lines, promptKey(id), cursor);
    if (at < 0) {
      return {
        ok: false,
        reason: `has no “## ${promptHeading(id)}” heading, although its prompts list ${id} (keep the headings in the listed order)`,
      };
    }
    starts.push(at);
    cursor = at + 1;
  }
  // Everything before the notes had its headings escaped, so the first Notes heading is the real one,
  // and a Best moment heading counts only above it.
  const notesAt = findHeading(lines, NOTES_KEY, cursor);
  const sectionEnd = notesAt < 0 ? lines.count : notesAt;
  const momentAt = findHeading(lines, BEST_MOMENT_KEY, cursor, sectionEnd);
  const answersEnd = momentAt < 0 ? sectionEnd : momentAt;

  const answers = starts.map((start, i) => decodeSection(lines, start + 1, starts[i + 1] ?? answersEnd, keys));
  const highlight = momentAt < 0 ? null : decodeSection(lines, momentAt + 1, sectionEnd, keys);
  let notes = notesAt < 0 ? '' : decodeSection(lines, notesAt + 1, lines.count, () => NO_KEYS);

  // Text above the first heading: the title the export wrote, or the user's own words.
  const firstHeading = [starts[0], momentAt, notesAt].find((at) => at !== undefined && at >= 0) ?? lines.count;
  const preamble = trimBlankLines(lines.span(0, firstHeading).split('\n'));
  const title = preamble[0]?.trim();
  if (title?.startsWith('# ') && title === `# ${dayTitle(date)}`) preamble.shift();
  const extra = trimBlankLines(preamble).join('\n');
  const warnings: string[] = [];
  if (extra && firstHeading < lines.count) {
    notes = notes ? `${extra}\n\n${notes}` : extra;
    warnings.push('text above the first heading was added to the notes');
  } else if (extra) {
    notes = extra;
  }
  return { ok: true, answers, highlight, notes, warnings };
}
