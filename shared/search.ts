import { findActivity, type CustomActivity } from './activities';
import type { Entry } from './entry';
import { highlightLabel } from './highlights';

/**
 * Full-text search over entries, kept pure so it runs anywhere.
 *
 * Text is "folded" before comparing: lower case, accents removed (é -> e).
 * Folding goes one code point at a time, so every folded character knows
 * which characters of the original produced it and matches can be
 * highlighted in the text the user wrote.
 */

/** Where in an entry a piece of searchable text lives. */
export type SearchField =
  | { kind: 'day' }
  | { kind: 'activities' }
  | { kind: 'answer'; promptId: string }
  | { kind: 'highlightKind' }
  | { kind: 'highlight' }
  | { kind: 'notes' }
  | { kind: 'tags' };

export interface SearchableText {
  field: SearchField;
  text: string;
}

/** A half-open range [start, end) of UTF-16 offsets into a text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A short piece of a longer text around its first match, with the matches in it. */
export interface Snippet {
  text: string;
  ranges: TextRange[];
  /** True when text was cut off before or after the snippet. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface FieldMatch {
  field: SearchField;
  snippet: Snippet;
}

/** Entries with their folded text, built once per data change and scanned per query. */
export interface SearchIndex {
  entries: readonly Entry[];
  folded: readonly string[];
}

const COMBINING_MARKS = /\p{M}/gu;
/** Lower-casing turns Σ into ς at a word's end and σ elsewhere; search treats both as σ. */
const FINAL_SIGMA = /ς/g;
/** Runs of UTF-16 units outside ASCII; a surrogate pair is never split across two runs. */
const NON_ASCII_RUNS = /[\u0080-\uFFFF]+/g;

const foldedCodePoints = new Map<string, string>();

function foldCodePoint(char: string): string {
  let folded = foldedCodePoints.get(char);
  if (folded === undefined) {
    folded = char.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(FINAL_SIGMA, 'σ');
    foldedCodePoints.set(char, folded);
  }
  return folded;
}

function foldRun(run: string): string {
  let folded = '';
  for (const char of run) folded += foldCodePoint(char);
  return folded;
}

/**
 * Lower-cases `text` and strips its accents, the way search compares text.
 * It gives the same as folding each code point alone (so offsets can be
 * mapped back), but only looks up the non-ASCII ones, which keeps building
 * the index of a large journal fast.
 */
export function foldText(text: string): string {
  return text.toLowerCase().replace(NON_ASCII_RUNS, foldRun);
}

interface FoldedWithOrigins {
  folded: string;
  /** For each folded character, the original range of the code point that produced it. */
  starts: number[];
  ends: number[];
}

function foldWithOrigins(text: string): FoldedWithOrigins {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const part = foldCodePoint(char);
    const end = offset + char.length;
    if (part === '' && ends.length > 0) {
      // A lone accent belongs to the letter before it, so it is highlighted with it.
      ends[ends.length - 1] = end;
    }
    for (let i = 0; i < part.length; i++) {
      starts.push(offset);
      ends.push(end);
    }
    folded += part;
    offset = end;
  }
  return { folded, starts, ends };
}

/**
 * The words of a query, folded, without duplicates. A leading '#' is dropped
 * so "#design" finds the tag design.
 */
export function parseQuery(query: string): string[] {
  const words = foldText(query)
    .split(/\s+/u)
    .map((word) => word.replace(/^#+/, ''))
    .filter((word) => word !== '');
  return [...new Set(words)];
}

/**
 * The texts of an entry that search looks in, in the order a reader meets
 * them: what was written, and the names of what was chosen (the day kind,
 * the activities, the best moment's kind), so "design doc" finds the days
 * with that activity and "bad day" the bad days. `custom` names the user's
 * own activities.
 */
export function searchableTexts(entry: Entry, custom: readonly CustomActivity[] = []): SearchableText[] {
  const texts: SearchableText[] = [];
  if (entry.dayKind) texts.push({ field: { kind: 'day' }, text: `${entry.dayKind} day` });
  if (entry.activities.length > 0) {
    const names = entry.activities.map(({ id }) => findActivity(id, custom)?.label ?? id);
    texts.push({ field: { kind: 'activities' }, text: names.join(' · ') });
  }
  for (const prompt of entry.prompts) {
    if (prompt.answer.trim() !== '')
      texts.push({ field: { kind: 'answer', promptId: prompt.id }, text: prompt.answer });
  }
  if (entry.highlight.kind) {
    texts.push({ field: { kind: 'highlightKind' }, text: highlightLabel(entry.highlight.kind) });
  }
  if (entry.highlight.text.trim() !== '') texts.push({ field: { kind: 'highlight' }, text: entry.highlight.text });
  if (entry.notes.trim() !== '') texts.push({ field: { kind: 'notes' }, text: entry.notes });
  if (entry.tags.length > 0)
    texts.push({ field: { kind: 'tags' }, text: entry.tags.map((tag) => `#${tag}`).join(' ') });
  return texts;
}

/** Folds every entry's searchable text once, so each query is a plain scan. */
export function buildSearchIndex(entries: readonly Entry[], custom: readonly CustomActivity[] = []): SearchIndex {
  // Words never contain a line break, so joining fields on one keeps every match inside a field.
  const folded = entries.map((entry) =>
    foldText(
      searchableTexts(entry, custom)
        .map((item) => item.text)
        .join('\n'),
    ),
  );
  return { entries, folded };
}

/** Entries containing every word of the query, in index order; none for an empty query. */
export function searchEntries(index: SearchIndex, query: string): Entry[] {
  const words = parseQuery(query);
  if (words.length === 0) return [];
  const found: Entry[] = [];
  index.folded.forEach((text, i) => {
    const entry = index.entries[i];
    if (entry && words.every((word) => text.includes(word))) found.push(entry);
  });
  return found;
}

/** Every place in `text` where one of the (folded) words occurs, sorted, overlaps merged. */
export function findMatches(text: string, words: readonly string[]): TextRange[] {
  const { folded, starts, ends } = foldWithOrigins(text);
  const found: TextRange[] = [];
  for (const word of words) {
    if (word === '') continue;
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      found.push({ start: starts[at] ?? 0, end: ends[at + word.length - 1] ?? text.length });
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Cuts `text` down to at most `maxChars` around its first match, at spaces
 * when it can, and moves the ranges into the cut text. Line breaks become
 * spaces (one for one, so offsets still agree).
 */
export function makeSnippet(text: string, ranges: readonly TextRange[], maxChars = 160): Snippet {
  const flat = text.replace(/[\r\n]/g, ' ');
  if (flat.length <= maxChars) {
    return { text: flat, ranges: ranges.map((range) => ({ ...range })), clippedStart: false, clippedEnd: false };
  }
  const first = ranges[0] ?? { start: 0, end: 0 };
  // Keep some words of context before the first match, the rest after it.
  let start = Math.max(0, Math.min(first.start - Math.floor(maxChars / 4), flat.length - maxChars));
  if (start > 0 && !/\s/u.test(flat.charAt(start - 1))) {
    const space = flat.slice(start, first.start).search(/\s/u);
    if (space !== -1) start += space + 1;
  }
  let end = Math.min(flat.length, start + maxChars);
  if (end < flat.length) {
    const space = flat.slice(Math.max(first.end, start), end).search(/\s\S*$/u);
    if (space !== -1) end = Math.max(first.end, start) + space;
  }
  const inside = ranges
    .filter((range) => range.end > start && range.start < end)
    .map((range) => ({ start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start }));
  return { text: flat.slice(start, end), ranges: inside, clippedStart: start > 0, clippedEnd: end < flat.length };
}

/** The fields of `entry` where a word of the query occurs, each with a snippet. */
export function matchEntry(
  entry: Entry,
  query: string,
  custom: readonly CustomActivity[] = [],
  maxChars?: number,
): FieldMatch[] {
  const words = parseQuery(query);
  if (words.length === 0) return [];
  return searchableTexts(entry, custom).flatMap(({ field, text }) => {
    const ranges = findMatches(text, words);
    return ranges.length > 0 ? [{ field, snippet: makeSnippet(text, ranges, maxChars) }] : [];
  });
}

export interface TextPart {
  text: string;
  match: boolean;
}

/** `text` cut at the ranges' edges, so a UI can mark the matching parts without HTML. */
export function splitAtRanges(text: string, ranges: readonly TextRange[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    if (end > Math.max(start, at)) parts.push({ text: text.slice(Math.max(start, at), end), match: true });
    at = Math.max(at, end);
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
