// zod/mini: the importers' worker carries only the checks it uses, not all of zod.
import * as z from 'zod/mini';
import { EARLIEST_DATE, isLocalDate } from '../dates';
import type { PickedFile } from '../bridge';
import type { ForeignEntry, ForeignParse } from './foreignEntry';
import { isTimeZone, localDateTime } from '../habits/zonedTime';

/**
 * Day One's JSON export (Journal.json, or one file per journal, inside the
 * export zip): { metadata, entries: [...] }. Each entry has a UTC
 * creationDate and the IANA time zone it was written in, which decides its
 * local date; its text is markdown with Day One's backslash escapes, and
 * photos appear as links to dayone-moment addresses.
 */

const dayOneFileSchema = z.object({
  metadata: z.optional(z.object({ version: z.optional(z.string()) })),
  entries: z.array(z.unknown()),
});

const dayOneEntrySchema = z.object({
  creationDate: z.iso.datetime({ offset: true, error: 'is not a date and time' }),
  timeZone: z.optional(z.string({ error: 'is not a time zone name' })),
  text: z.optional(z.string({ error: 'is not text' })),
  tags: z.optional(z.array(z.string({ error: 'is not text' }), { error: 'is not a list of tags' })),
  starred: z.optional(z.boolean({ error: 'is not true or false' })),
});

/** True when parsed JSON looks like a Day One export: entries with a creation date. */
export function looksLikeDayOne(json: unknown): boolean {
  const parsed = dayOneFileSchema.safeParse(json);
  return (
    parsed.success &&
    parsed.data.entries.some((entry) => typeof entry === 'object' && entry !== null && 'creationDate' in entry)
  );
}

/** Links to photos, audio and other media Day One keeps beside the text. */
const MEDIA = /!\[[^\]]*\]\(dayone-moment:[^)]*\)\n?/g;
/** Day One escapes markdown punctuation in plain text ("1\. item", "\#tag"); the journal keeps plain text. */
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|~])/g;

/** The entries of one Day One JSON file. */
export function parseDayOne(file: PickedFile, json: unknown): ForeignParse {
  const parse: ForeignParse = { source: 'dayone', entries: [], problems: [], warnings: [] };
  const whole = dayOneFileSchema.safeParse(json);
  if (!whole.success) {
    parse.problems.push({ name: file.name, reason: 'is not a Day One export (it has no list of entries)' });
    return parse;
  }
  let media = 0;
  for (const [index, raw] of whole.data.entries.entries()) {
    const origin = `${file.name}, entry ${index + 1}`;
    const entry = dayOneEntrySchema.safeParse(raw);
    if (!entry.success) {
      const issue = entry.error.issues[0];
      parse.problems.push({
        name: origin,
        reason: `has ${issue?.path.join('.') || 'a value'} that ${issue?.message ?? 'is not valid'}`,
      });
      continue;
    }
    const zone = entry.data.timeZone && isTimeZone(entry.data.timeZone) ? entry.data.timeZone : 'UTC';
    if (entry.data.timeZone && zone === 'UTC' && entry.data.timeZone !== 'UTC') {
      parse.warnings.push({
        name: origin,
        message: `its time zone “${entry.data.timeZone}” is unknown, so UTC was used`,
      });
    }
    const { date, time } = localDateTime(new Date(entry.data.creationDate), zone);
    if (!isLocalDate(date) || date < EARLIEST_DATE) {
      parse.problems.push({ name: origin, reason: `is dated ${entry.data.creationDate}, which Forkcast cannot hold` });
      continue;
    }
    // Most entries have no media and no escapes: the checks spare them a copy each.
    const text = entry.data.text ?? '';
    const stripped = text.includes('dayone-moment:')
      ? text.replace(MEDIA, () => {
          media += 1;
          return '';
        })
      : text;
    const imported: ForeignEntry = {
      date,
      time,
      title: '',
      text: stripped.includes('\\') ? stripped.replace(ESCAPE, '$1') : stripped,
      tags: entry.data.tags ?? [],
      starred: entry.data.starred ?? false,
      mood: null,
      activities: [],
      origin,
      createdAt: new Date(entry.data.creationDate).toISOString(),
    };
    parse.entries.push(imported);
  }
  if (media > 0) {
    parse.warnings.push({
      name: file.name,
      message: `${media} photo or media link${media === 1 ? ' was' : 's were'} left out; Forkcast keeps text only`,
    });
  }
  return parse;
}
