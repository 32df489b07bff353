import { format } from 'date-fns';
import { fromLocalDate, type LocalDate } from '../dates';
import type { Entry } from '../entry';
import { findPrompt } from '../prompts';

/**
 * The body of a day file: a title, each prompt as a level-two heading with
 * its answer below, then a "Notes" heading with the free notes last.
 *
 * Sections are found by their exact headings, in the order the front matter
 * lists the prompts. An answer line that would read as one of those headings
 * is written with a leading backslash (which markdown shows as plain text)
 * and the backslash is removed on import, so any answer survives the round
 * trip. The notes come last and need no escaping.
 */

export const NOTES_HEADING = 'Notes';

/** The heading a prompt's answer sits under: its text, or its id when the catalog no longer has it. */
export function promptHeading(id: string): string {
  return findPrompt(id)?.text ?? `Prompt ${id}`;
}

/** The level-one title of a day file, e.g. "Friday 20 November 2026". */
export function dayTitle(date: LocalDate): string {
  return format(fromLocalDate(date), 'EEEE d MMMM yyyy');
}

/** Headings compare loosely (spacing, case) so small hand edits still match. */
const headingKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function lineHeadingKey(line: string): string | null {
  const match = /^##[ \t]+(.*)$/.exec(line);
  return match?.[1] === undefined ? null : headingKey(match[1]);
}

function structuralKeys(promptIds: readonly string[]): Set<string> {
  return new Set([...promptIds.map((id) => headingKey(promptHeading(id))), headingKey(NOTES_HEADING)]);
}

const isStructural = (line: string, keys: ReadonlySet<string>) => {
  const key = lineHeadingKey(line.replace(/^\\+/, ''));
  return key !== null && keys.has(key);
};

function escapeText(text: string, keys: ReadonlySet<string>): string {
  return text
    .split('\n')
    .map((line) => (isStructural(line, keys) ? `\\${line}` : line))
    .join('\n');
}

/** The markdown body for an entry; it ends with a line break. */
export function renderBody(entry: Entry): string {
  const keys = structuralKeys(entry.prompts.map((prompt) => prompt.id));
  const lines = [`# ${dayTitle(entry.date)}`, ''];
  for (const prompt of entry.prompts) {
    lines.push(`## ${promptHeading(prompt.id)}`, '', escapeText(prompt.answer, keys), '');
  }
  lines.push(`## ${NOTES_HEADING}`, '', entry.notes, '');
  return lines.join('\n');
}

/** A section's text: the blank lines the export puts around it are dropped, escapes undone. */
function decodeSection(lines: readonly string[], keys: ReadonlySet<string>): string {
  const inner = [...lines];
  if (inner[0] === '') inner.shift();
  if (inner.length > 0 && inner[inner.length - 1] === '') inner.pop();
  return inner.map((line) => (line.startsWith('\\') && isStructural(line, keys) ? line.slice(1) : line)).join('\n');
}

function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start += 1;
  while (end > start && lines[end - 1]?.trim() === '') end -= 1;
  return lines.slice(start, end);
}

export type BodyResult =
  { ok: true; answers: string[]; notes: string; warnings: string[] } | { ok: false; reason: string };

/**
 * Reads the answers to `promptIds` and the notes from a body's lines. A body
 * with no headings at all is taken as notes, so a hand-written day works.
 */
export function parseBody(lines: readonly string[], date: LocalDate, promptIds: readonly string[]): BodyResult {
  const keys = structuralKeys(promptIds);
  const starts: number[] = [];
  let cursor = 0;
  for (const id of promptIds) {
    const key = headingKey(promptHeading(id));
    const at = lines.findIndex((line, index) => index >= cursor && lineHeadingKey(line) === key);
    if (at < 0) {
      return {
        ok: false,
        reason: `has no “## ${promptHeading(id)}” heading, although its prompts list ${id} (keep the headings in the listed order)`,
      };
    }
    starts.push(at);
    cursor = at + 1;
  }
  const notesKey = headingKey(NOTES_HEADING);
  const notesAt = lines.findIndex((line, index) => index >= cursor && lineHeadingKey(line) === notesKey);
  const sectionEnd = notesAt < 0 ? lines.length : notesAt;

  const answers = starts.map((start, i) => decodeSection(lines.slice(start + 1, starts[i + 1] ?? sectionEnd), keys));
  // The notes come last, so they were written verbatim: nothing to unescape.
  let notes = notesAt < 0 ? '' : decodeSection(lines.slice(notesAt + 1), new Set());

  // Text above the first heading: the title the export wrote, or the user's own words.
  const preamble = trimBlankLines(lines.slice(0, starts[0] ?? sectionEnd));
  if (preamble[0]?.trim() === `# ${dayTitle(date)}`) preamble.shift();
  const extra = trimBlankLines(preamble).join('\n');
  const warnings: string[] = [];
  if (extra && (starts.length > 0 || notesAt >= 0)) {
    notes = notes ? `${extra}\n\n${notes}` : extra;
    warnings.push('text above the first heading was added to the notes');
  } else if (extra) {
    notes = extra;
  }
  return { ok: true, answers, notes, warnings };
}
