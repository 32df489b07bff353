import { parse as parseYaml } from 'yaml';
import type { PickedFile } from '../bridge';
import { isLocalDate } from '../dates';
import type { ForeignParse } from './foreignEntry';

/**
 * RedNotebook's data folder: one YAML file per month named YYYY-MM.txt,
 * mapping each day's number to its content: `text` (with #hashtags), and
 * categories, each a name mapping to its entries (or to null, which
 * RedNotebook shows as a tag).
 */

const MONTH_FILE = /(?:^|\/)(\d{4})-(\d{2})\.txt$/;

/** True for a month file's name (not RedNotebook's .old, .new or conflict backups). */
export function isRedNotebookMonth(name: string): boolean {
  return MONTH_FILE.test(name);
}

/** RedNotebook's own hashtag rule, near enough: # then a word not starting with a digit, not after a word character. */
const HASHTAG = /(?:^|[^\p{L}\p{N}_&#])#([\p{L}_][\p{L}\p{N}_-]*)/gu;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The days of RedNotebook month files; a file that is not one is listed with its reason. */
export function parseRedNotebook(files: readonly PickedFile[]): ForeignParse {
  const parse: ForeignParse = { source: 'rednotebook', entries: [], problems: [], warnings: [] };
  for (const file of files) {
    const month = MONTH_FILE.exec(file.name);
    if (!month) continue;
    let content: unknown;
    try {
      // Unique keys off: checking them is quadratic, and a month has at most 31.
      content = parseYaml(file.text, { uniqueKeys: false, maxAliasCount: 100 });
    } catch (error) {
      parse.problems.push({
        name: file.name,
        reason: `is not YAML RedNotebook can have written (${error instanceof Error ? error.message.split('\n')[0] : 'unreadable'})`,
      });
      continue;
    }
    if (content === null || content === undefined) continue;
    if (!isRecord(content)) {
      parse.problems.push({ name: file.name, reason: 'does not map day numbers to days' });
      continue;
    }
    for (const [dayNumber, day] of Object.entries(content)) {
      const date = `${month[1]}-${month[2]}-${dayNumber.padStart(2, '0')}`;
      const origin = `${file.name}, day ${dayNumber}`;
      if (
        !/^\d{1,2}$/.test(dayNumber) ||
        !isLocalDate(date) ||
        !isRecord(day) ||
        typeof (day.text ?? '') !== 'string'
      ) {
        parse.problems.push({ name: origin, reason: 'is not a day of that month with a text' });
        continue;
      }
      const text = typeof day.text === 'string' ? day.text : '';
      const tags = [...text.matchAll(HASHTAG)].map((match) => match[1] ?? '');
      const lines: string[] = [];
      for (const [category, entries] of Object.entries(day)) {
        if (category === 'text') continue;
        if (entries === null) tags.push(category);
        else if (isRecord(entries)) lines.push(...Object.keys(entries).map((entry) => `- ${category}: ${entry}`));
      }
      if (text.trim() === '' && lines.length === 0 && tags.length === 0) continue;
      parse.entries.push({
        date,
        time: null,
        title: '',
        text: [text.trim(), lines.join('\n')].filter(Boolean).join('\n\n'),
        tags,
        starred: false,
        mood: null,
        activities: [],
        origin,
        createdAt: null,
      });
    }
  }
  return parse;
}
