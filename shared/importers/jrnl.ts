// zod/mini: the importers' worker carries only the checks it uses, not all of zod.
import * as z from 'zod/mini';
import type { PickedFile } from '../bridge';
import { EARLIEST_DATE, isLocalDate } from '../dates';
import { isTimeOfDay } from '../habits/zonedTime';
import type { ForeignParse } from './foreignEntry';

/**
 * jrnl's JSON export (`jrnl --export json`): { tags, entries: [...] }, each
 * entry with a local date and time (jrnl keeps no time zone), a title and
 * body, tags with their @ sign, and starred.
 */

const jrnlFileSchema = z.object({
  tags: z.optional(z.record(z.string(), z.unknown())),
  entries: z.array(z.unknown()),
});

const jrnlEntrySchema = z.object({
  date: z.string({ error: 'is not a date' }).check(z.refine((date) => isLocalDate(date), 'is not a date')),
  time: z.optional(z.string({ error: 'is not a time' }).check(z.refine(isTimeOfDay, 'is not a time'))),
  title: z.optional(z.string({ error: 'is not text' })),
  body: z.optional(z.string({ error: 'is not text' })),
  tags: z.optional(z.array(z.string({ error: 'is not text' }), { error: 'is not a list of tags' })),
  starred: z.optional(z.boolean({ error: 'is not true or false' })),
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
