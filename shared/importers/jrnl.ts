import { z } from 'zod';
import type { PickedFile } from '../bridge';
import { EARLIEST_DATE, isLocalDate } from '../dates';
import type { ForeignParse } from './foreignEntry';

/**
 * jrnl's JSON export (`jrnl --export json`): { tags, entries: [...] }, each
 * entry with a local date and time (jrnl keeps no time zone), a title and
 * body, tags with their @ sign, and starred.
 */

const jrnlFileSchema = z.object({
  tags: z.record(z.string(), z.unknown()).optional(),
  entries: z.array(z.unknown()),
});

const jrnlEntrySchema = z.object({
  date: z.string().refine((date) => isLocalDate(date), 'is not a date'),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'is not a time')
    .optional(),
  title: z.string().optional(),
  body: z.string().optional(),
  tags: z.array(z.string()).optional(),
  starred: z.boolean().optional(),
});

/** True when parsed JSON looks like a jrnl export: entries with a date, a time and a body. */
export function looksLikeJrnl(json: unknown): boolean {
  const parsed = jrnlFileSchema.safeParse(json);
  return (
    parsed.success &&
    parsed.data.entries.some(
      (entry) => typeof entry === 'object' && entry !== null && 'date' in entry && 'body' in entry,
    )
  );
}

/** The entries of a jrnl JSON export. */
export function parseJrnl(file: PickedFile, json: unknown): ForeignParse {
  const parse: ForeignParse = { source: 'jrnl', entries: [], problems: [], warnings: [] };
  const whole = jrnlFileSchema.safeParse(json);
  if (!whole.success) {
    parse.problems.push({ name: file.name, reason: 'is not a jrnl export (it has no list of entries)' });
    return parse;
  }
  for (const [index, raw] of whole.data.entries.entries()) {
    const origin = `${file.name}, entry ${index + 1}`;
    const entry = jrnlEntrySchema.safeParse(raw);
    if (!entry.success) {
      const issue = entry.error.issues[0];
      parse.problems.push({
        name: origin,
        reason: `has ${issue?.path.join('.') || 'a value'} that ${issue?.message ?? 'is not valid'}`,
      });
      continue;
    }
    if (entry.data.date < EARLIEST_DATE) {
      parse.problems.push({ name: origin, reason: `is dated ${entry.data.date}, which Forkcast cannot hold` });
      continue;
    }
    parse.entries.push({
      date: entry.data.date,
      time: entry.data.time ?? null,
      title: entry.data.title ?? '',
      text: entry.data.body ?? '',
      tags: entry.data.tags ?? [],
      starred: entry.data.starred ?? false,
      mood: null,
      activities: [],
      origin,
      createdAt: null,
    });
  }
  return parse;
}
