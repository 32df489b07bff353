import type { PickedFile } from '../bridge';
import { isLocalDate, type LocalDate } from '../dates';
import { LIMITS } from '../limits';
import { parseBody, type BodyResult } from './body';
import { readFrontMatterYaml, readFrontMatterYamlIn } from './frontMatterYaml';
import { baseName, dateInFileName, INDEX_FILE, weekInFileName } from './paths';

/**
 * The first half of reading a day file: the name, the front matter's YAML and
 * the body's sections, before any value is checked. It holds the parsing
 * whose cost grows with hostile input (YAML above all), and no zod, so the
 * renderer runs it in a worker; dayFile.ts checks the values. Weekly review
 * and decision files get the same first half (readFrontMatterBlock), so the
 * page parses no YAML at all.
 */
export type DayFileParts =
  | {
      status: 'read';
      name: string;
      /** The date in the file's name, a real one. */
      claimed: LocalDate;
      /** The front matter as YAML gave it, unchecked. */
      raw: Record<string, unknown>;
      /** True when the front matter is in the form Forkcast writes (read by the fast subset reader). */
      canonical: boolean;
      /** The body read against the prompts the front matter lists (none when that list is malformed). */
      body: BodyResult;
    }
  | { status: 'failed'; name: string; reason: string }
  /** Files the export writes that hold no day, such as index.md. */
  | { status: 'ignored'; name: string }
  /** A weekly review's file, its front matter read; reviewFile.ts checks it when the import is planned. */
  | { status: 'review'; name: string; front: FrontMatterBlock };

/** Markdown keeps line breaks as LF, whatever the text held. */
export const lf = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

const CLOSING = /^(---|\.\.\.)\s*$/;

/** Finishes "<file name> …" for a front matter over its limit. */
const frontMatterTooLong = (chars: number, limit: number) =>
  `has a front matter of ${chars.toLocaleString('en')} characters, more than the ${limit.toLocaleString('en')} Forkcast reads`;

/**
 * A review or decision file split into lines (without a BOM, LF only) with
 * its front matter read as YAML, unchecked; `close` is the index of the
 * line that ends the front matter. A failure finishes "<file name> …".
 */
export type FrontMatterBlock =
  { ok: true; raw: Record<string, unknown>; lines: string[]; close: number } | { ok: false; reason: string };

/**
 * Reads the front matter of a small file whose body the caller reads by lines
 * (reviewFile.ts, decisionFile.ts); a front matter over `limit` characters is
 * refused before it is parsed.
 */
export function readFrontMatterBlock(fileText: string, limit: number = LIMITS.frontMatterChars): FrontMatterBlock {
  const lines = lf(fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText).split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    return { ok: false, reason: 'has no front matter (the block between --- lines at the top)' };
  }
  const close = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (close < 0) return { ok: false, reason: 'has front matter that is never closed by a --- line' };
  const frontLines = lines.slice(1, close);
  const frontChars = frontLines.reduce((sum, line) => sum + line.length + 1, -1);
  if (frontChars > limit) return { ok: false, reason: frontMatterTooLong(frontChars, limit) };
  const front = readFrontMatterYaml(frontLines);
  return front.ok ? { ok: true, raw: front.raw, lines, close } : front;
}

/** decision.md's front matter, read but unchecked: longer than a day's may be, for the answers it carries. */
export const readDecisionFront = (fileText: string) => readFrontMatterBlock(fileText, LIMITS.decisionFrontMatterChars);

/** The prompt ids a raw front matter lists, when it is a list of text; the check reports anything else. */
function listedPrompts(raw: Record<string, unknown>): string[] {
  const { prompts } = raw;
  return Array.isArray(prompts) && prompts.every((id) => typeof id === 'string') ? prompts : [];
}

/**
 * Splits a day file and parses its front matter and body. A failure names
 * what was wrong, in words that finish the sentence "<file name> …".
 */
export function readDayFileParts(file: PickedFile): DayFileParts {
  const { name } = file;
  const failed = (reason: string): DayFileParts => ({ status: 'failed', name, reason });
  if (baseName(name).toLowerCase() === INDEX_FILE) return { status: 'ignored', name };
  if (weekInFileName(name) !== null) return { status: 'review', name, front: readFrontMatterBlock(file.text) };

  const claimed = dateInFileName(name);
  if (claimed === null) return failed('is not named after a day (YYYY-MM-DD.md), so it is unclear which day it holds');
  if (!isLocalDate(claimed)) return failed(`is named after ${claimed}, which is not a real calendar date`);

  const text = lf(file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
  // Up to the closing line only: the front matter and the body are read by offset, not split.
  const lineEnd = (from: number) => {
    const at = text.indexOf('\n', from);
    return at < 0 ? text.length : at;
  };
  const firstEnd = lineEnd(0);
  if (text.slice(0, firstEnd).trimEnd() !== '---') {
    return failed('has no front matter (the block between --- lines at the top)');
  }
  // The front matter is read where it is (frontMatterYaml.ts), so only the closing line is looked for here.
  let closeStart = -1;
  let bodyStart = -1;
  for (let from = firstEnd + 1; from <= text.length;) {
    const end = lineEnd(from);
    if ((text.startsWith('---', from) || text.startsWith('...', from)) && CLOSING.test(text.slice(from, end))) {
      closeStart = from;
      bodyStart = end + 1;
      break;
    }
    from = end + 1;
  }
  if (bodyStart < 0) return failed('has front matter that is never closed by a --- line');

  // Checked before parsing: a general YAML parser is slow on huge input, and no day needs this much.
  const frontChars = closeStart - firstEnd - 2;
  if (frontChars > LIMITS.frontMatterChars) return failed(frontMatterTooLong(frontChars, LIMITS.frontMatterChars));

  // Its lines end at the line break before the closing line; there are none when that line comes second.
  const front = readFrontMatterYamlIn(text, firstEnd + 1, closeStart - 1);
  if (!front.ok) return failed(front.reason);
  const dateField = front.raw.date;
  // The body's title names the day; a date field that is not one is reported by the check, so any day will do here.
  const date = typeof dateField === 'string' && isLocalDate(dateField) ? dateField : claimed;
  const body = parseBody(text.slice(bodyStart), date, listedPrompts(front.raw));
  return { status: 'read', name, claimed, raw: front.raw, canonical: front.canonical, body };
}
