import { format, isValid, parse as parseDate } from 'date-fns';
import { parse as parseYaml } from 'yaml';
import type { PickedFile } from '../bridge';
import { EARLIEST_DATE } from '../dates';
import { LIMITS } from '../limits';
import type { ForeignParse } from './foreignEntry';

/**
 * Obsidian daily notes: markdown files named by the date in the format set
 * in Obsidian's Daily notes settings (moment.js tokens, YYYY-MM-DD unless
 * changed), maybe in nested folders ("YYYY/MM/YYYY-MM-DD"). Any content;
 * front matter optional, its `tags` taken, the rest of the note kept as text.
 */

export const DEFAULT_DAILY_NOTE_FORMAT = 'YYYY-MM-DD';

/** moment.js tokens Obsidian users write, as date-fns writes them; the longest first. */
const TOKENS: [string, string][] = [
  ['YYYY', 'yyyy'],
  ['YY', 'yy'],
  ['MMMM', 'MMMM'],
  ['MMM', 'MMM'],
  ['MM', 'MM'],
  ['M', 'M'],
  ['Do', 'do'],
  ['DD', 'dd'],
  ['D', 'd'],
  ['dddd', 'EEEE'],
  ['ddd', 'EEE'],
  ['ww', 'ww'],
];

/** A moment.js date format as a date-fns one, or null when it holds a token this import does not read. */
export function dateFnsFormat(moment: string): string | null {
  let out = '';
  let rest = moment;
  while (rest.length > 0) {
    const literal = /^\[([^\]]*)\]/.exec(rest);
    if (literal) {
      out += `'${(literal[1] ?? '').replace(/'/g, "''")}'`;
      rest = rest.slice(literal[0].length);
      continue;
    }
    const token = TOKENS.find(([from]) => rest.startsWith(from));
    if (token) {
      out += token[1];
      rest = rest.slice(token[0].length);
      continue;
    }
    if (/^[A-Za-z]/.test(rest)) return null;
    out += rest[0] === "'" ? "''" : rest[0];
    rest = rest.slice(1);
  }
  return hasFullDate(out.split('/').at(-1) ?? '') ? out : null;
}

/** A full date in the last part of the pattern: the note's name names the day, folders only group it. */
const hasFullDate = (pattern: string) => /yy/.test(pattern) && /M/.test(pattern) && /d/.test(pattern);

/**
 * The date a note's path names under `pattern` (date-fns): its name is read
 * with the pattern's last part, and each folder the pattern has must be
 * what that date gives ("2024/03-March/2024-03-10").
 */
function dateOfPath(name: string, pattern: string, reference: Date): string | null {
  const parts = pattern.split('/');
  const stem = name.replace(/\.md$/i, '').split('/').slice(-parts.length);
  if (stem.length < parts.length) return null;
  try {
    const date = parseDate(stem.at(-1) ?? '', parts.at(-1) ?? '', reference);
    if (!isValid(date) || parts.some((part, index) => format(date, part) !== stem[index])) return null;
    return format(date, 'yyyy-MM-dd');
  } catch {
    // date-fns refuses some token mixes (MM with MMMM in one part) when parsing.
    return null;
  }
}

/** Splits optional front matter from a note; the front matter's size is checked before it is parsed. */
function splitNote(text: string): { yaml: string | null; body: string } {
  const match = /^---\r?\n/.exec(text);
  if (!match) return { yaml: null, body: text };
  const end = /\r?\n---[ \t]*(\r?\n|$)/.exec(text.slice(match[0].length - 1));
  if (!end) return { yaml: null, body: text };
  const yamlEnd = match[0].length - 1 + end.index;
  return { yaml: text.slice(match[0].length, yamlEnd), body: text.slice(yamlEnd + end[0].length) };
}

function tagsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[,\s]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((tag): tag is string => typeof tag === 'string');
  return [];
}

/** Inline tags in the text, as Obsidian reads them: # then a tag not only of digits. */
const INLINE_TAG = /(?:^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;

/** The notes among `files` named by a date in `momentFormat`; other markdown files are listed as not a daily note. */
export function parseObsidian(files: readonly PickedFile[], momentFormat = DEFAULT_DAILY_NOTE_FORMAT): ForeignParse {
  const parse: ForeignParse = { source: 'obsidian', entries: [], problems: [], warnings: [] };
  const pattern = dateFnsFormat(momentFormat.trim());
  if (pattern === null) {
    parse.problems.push({
      name: momentFormat,
      reason: 'is not a date format this import can read (use tokens such as YYYY, MM and DD)',
    });
    return parse;
  }
  const reference = new Date(2000, 0, 1);
  for (const file of files) {
    if (!/\.md$/i.test(file.name)) continue;
    const date = dateOfPath(file.name, pattern, reference);
    if (date === null || date < EARLIEST_DATE) {
      parse.problems.push({ name: file.name, reason: `is not named by a date in the format ${momentFormat}` });
      continue;
    }
    const { yaml, body } = splitNote(file.text);
    const tags: string[] = [];
    let text = yaml === null ? file.text : body;
    if (yaml !== null) {
      if (yaml.length > LIMITS.frontMatterChars) {
        parse.problems.push({
          name: file.name,
          reason: `has front matter longer than ${LIMITS.frontMatterChars / 1024} KB`,
        });
        continue;
      }
      try {
        const properties: unknown = parseYaml(yaml, { uniqueKeys: false, maxAliasCount: 100 });
        if (typeof properties === 'object' && properties !== null)
          tags.push(...tagsOf((properties as Record<string, unknown>).tags));
      } catch {
        parse.warnings.push({ name: file.name, message: 'its front matter is not YAML, so it was kept as text' });
        text = file.text;
      }
    }
    tags.push(...[...body.matchAll(INLINE_TAG)].map((match) => match[1] ?? ''));
    parse.entries.push({
      date,
      time: null,
      title: '',
      text,
      tags,
      starred: false,
      mood: null,
      activities: [],
      origin: file.name,
      createdAt: null,
    });
  }
  return parse;
}
