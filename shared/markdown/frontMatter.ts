import { z } from 'zod';
import { findActivity, type CustomActivity } from '../activities';
import type { Feel } from '../entry';
import {
  dayKindSchema,
  feelSchema,
  motiveSchema,
  stageSchema,
  worstDayAnswerSchema,
  type Entry,
} from '../entrySchemas';
import { HIGHLIGHT_KINDS } from '../highlights';
import { highlightKindSchema } from '../highlightSchemas';
import { flatProperties, type FlatActivity } from './flatProperties';
import { readFrontMatterYaml } from './frontMatterYaml';
import { writeYamlSubset, type SubsetScalar, type SubsetValue } from './yamlSubset';

/**
 * The YAML front matter of a day file. Keys are flat where they can be, so
 * Obsidian's properties view shows them. Empty values are left out; import
 * treats a missing field as empty, so hand-made files may omit anything.
 */

/** Writes the front matter (without the `---` lines). */
export function renderFrontMatter(entry: Entry, custom: readonly CustomActivity[]): string {
  const fields: Record<string, SubsetValue> = { date: entry.date };
  const put = (key: string, value: SubsetValue | null) => {
    if (value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) fields[key] = value;
  };
  put('dayKind', entry.dayKind);
  put('energy', entry.energy);
  put('timing', entry.timing);
  // The best moment's text is free text, so it goes in the body (see body.ts): pandoc drops a front
  // matter whose text values read as an indented code block, such as one starting with a tab.
  put('highlight', entry.highlight.kind);
  put('worstDayManagement', entry.worstDay.management);
  put('worstDayArchitecture', entry.worstDay.architecture);
  put('motive', entry.motive);
  // The label and path are for readers; import takes only id and feel. An unrated activity has
  // no feel line, and a label is one line of text.
  const known: FlatActivity[] = entry.activities.map(({ id, feel }) => {
    const activity = findActivity(id, custom);
    const label = activity?.label.replace(/\s+/g, ' ').trim() || undefined;
    return { id, feel, lean: label === undefined ? undefined : activity?.lean, label };
  });
  // The flat summaries first, so Obsidian's Properties panel lists them above the nested block.
  const flat = flatProperties(known);
  put('feelManagement', flat.feelManagement ?? null);
  put('feelArchitecture', flat.feelArchitecture ?? null);
  put('activityNames', flat.activityNames ?? null);
  put(
    'activities',
    known.map(({ id, feel, lean, label }): Record<string, SubsetScalar> => ({
      id,
      ...(feel === null ? {} : { feel }),
      ...(lean && label ? { path: lean, label } : {}),
    })),
  );
  put('tags', entry.tags);
  put(
    'prompts',
    entry.prompts.map((prompt) => prompt.id),
  );
  if (entry.promptShuffle !== 0) fields.promptShuffle = entry.promptShuffle;
  fields.created = entry.createdAt;
  fields.updated = entry.updatedAt;
  fields.revision = entry.revision;
  return writeYamlSubset(fields);
}

const worstDayField = z.union([worstDayAnswerSchema, z.boolean().transform((yes) => (yes ? 'yes' : 'no'))]);
const scalarText = z.union([z.string(), z.number()]).transform(String);

// A bare id, or an activity without a feel (or with `feel: null`), is unrated: never read as neutral.
const activityField = z.union([
  z.string().transform((id) => ({ id, feel: null, path: undefined, label: undefined })),
  z.object({
    id: scalarText,
    feel: feelSchema.nullish().transform((feel): Feel | null => feel ?? null),
    path: z.unknown().optional(),
    label: z.unknown().optional(),
  }),
]);

const frontMatterSchema = z.object({
  date: z.string().nullish(),
  dayKind: dayKindSchema.nullish(),
  energy: z.number().int().min(1).max(5).nullish(),
  timing: stageSchema.nullish(),
  highlight: highlightKindSchema.nullish(),
  /** Older files kept the best moment's text here; it is in the body now. */
  highlightText: scalarText.nullish(),
  worstDayManagement: worstDayField.nullish(),
  worstDayArchitecture: worstDayField.nullish(),
  motive: motiveSchema.nullish(),
  activities: z.array(activityField).nullish(),
  // Obsidian also accepts `tags: one, two` and `#tag`; both are read.
  tags: z
    .union([z.string().transform((text) => text.split(/[\s,]+/).filter(Boolean)), z.array(scalarText)])
    .transform((tags) => tags.map((tag) => tag.replace(/^#+/, '')))
    .nullish(),
  prompts: z.array(z.string()).nullish(),
  promptShuffle: z.number().int().min(0).max(1_000_000).nullish(),
  // Summaries of the activities (flatProperties.ts): never read as data, only compared with the activities.
  feelManagement: z.unknown().optional(),
  feelArchitecture: z.unknown().optional(),
  activityNames: z.unknown().optional(),
  // Bookkeeping for a lossless round trip; checked leniently by the caller.
  created: z.unknown().optional(),
  updated: z.unknown().optional(),
  revision: z.unknown().optional(),
});
export type FrontMatter = z.output<typeof frontMatterSchema>;

const EXPECTED: Record<keyof FrontMatter, string> = {
  date: 'a date written YYYY-MM-DD',
  dayKind: 'good, mixed or bad',
  energy: 'a whole number from 1 to 5',
  timing: 'framing, shaping or executing',
  highlight: `one of ${HIGHLIGHT_KINDS.map((kind) => kind.id).join(', ')}`,
  highlightText: 'text',
  worstDayManagement: 'yes, no or unsure',
  worstDayArchitecture: 'yes, no or unsure',
  motive: 'leverage, status or both',
  feelManagement: 'a number',
  feelArchitecture: 'a number',
  activityNames: 'a list of names',
  activities: 'a list of activities, each an id with a feel from -2 to 2 (or none, while unrated)',
  tags: 'a list of tags',
  prompts: 'a list of prompt ids',
  promptShuffle: 'a whole number, 0 or more',
  created: 'a timestamp',
  updated: 'a timestamp',
  revision: 'a whole number, 1 or more',
};
const KNOWN_KEYS = new Set(Object.keys(EXPECTED));

export type FrontMatterResult =
  { ok: true; fields: FrontMatter; unknownKeys: string[] } | { ok: false; reason: string };

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The keys of a front matter that are not fields Forkcast knows, in the file's order. */
export function unknownFrontMatterKeys(raw: Record<string, unknown>): string[] {
  return Object.keys(raw).filter((key) => !KNOWN_KEYS.has(key));
}

/** Checks front matter values read from YAML; the reason names the field and what it should be. */
export function checkFrontMatter(raw: Record<string, unknown>): FrontMatterResult {
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const key = String(path[0] ?? '') as keyof FrontMatter;
    const where = path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join(' ');
    return {
      ok: false,
      reason: `${where || 'a field'} should be ${EXPECTED[key] ?? 'something else'}, not ${preview(valueAt(raw, path))}`,
    };
  }
  return { ok: true, fields: parsed.data, unknownKeys: unknownFrontMatterKeys(raw) };
}

/** Parses and checks front matter text. */
export function readFrontMatter(yamlText: string): FrontMatterResult {
  const read = readFrontMatterYaml(yamlText);
  return read.ok ? checkFrontMatter(read.raw) : read;
}
