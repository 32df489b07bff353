import type { LocalDate } from '../dates';
import type { DayKind, Entry, EntryActivity } from '../entry';
import { LIMITS } from '../limits';
import { dayContentSchema, type ActivityHint, type DayContent, type DayFileResult } from '../markdown/dayFile';
import { hasControlChars, stripControlChars } from '../text';
import type { ForeignEntry, ForeignParse, ImportMapping } from './foreignEntry';

/**
 * Turns entries read from another app into days in the markdown import's
 * own form (DayFileResult), so the same preview, conflict choices and
 * all-or-nothing apply take them. Several entries on one date become one
 * day, in time order, each under its time. Nothing is invented: a day
 * without a mood has no kind, an activity has no feel.
 */

/** Text without control characters; the check is a faster scan than the strip, and almost all text passes it. */
const withoutControlChars = (text: string) => (hasControlChars(text) ? stripControlChars(text) : text);

/** A tag as Forkcast stores one: no leading @ or #, no spaces, commas or #, at most LIMITS.tagChars. */
export function cleanTag(raw: string): string {
  const tag = withoutControlChars(raw)
    .trim()
    .replace(/^[@#]+/, '')
    .toLowerCase()
    .replace(/[\s,#]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return Array.from(tag).slice(0, LIMITS.tagChars).join('');
}

/** A small, stable hash, for activity names with no letter or digit a custom id can hold. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The custom activity id an imported activity name becomes: the same name always gives the same id. */
export function activityIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `custom-${slug || `activity-${shortHash(name)}`}`;
}

const byTime = (a: ForeignEntry, b: ForeignEntry) => (a.time ?? '').localeCompare(b.time ?? '');

/** One entry's text, headed by its time (when the day has several) and its title. */
function entryText(entry: ForeignEntry, several: boolean): string {
  const head = [several ? entry.time : null, entry.title.trim() || null].filter(Boolean).join(' · ');
  const body = (entry.text.includes('\r') ? entry.text.replace(/\r\n?/g, '\n') : entry.text).trim();
  return [head ? `**${head}**` : '', body].filter(Boolean).join('\n\n');
}

/** The day kind a day's moods give: one kind as it is, several different ones make a mixed day. */
function kindOf(entries: readonly ForeignEntry[], mapping: ImportMapping): DayKind | null {
  const kinds = new Set<DayKind>();
  for (const entry of entries) {
    const kind = entry.mood === null ? null : (mapping.moods[entry.mood.toLowerCase()] ?? null);
    if (kind) kinds.add(kind);
  }
  if (kinds.size === 0) return null;
  const [only] = kinds;
  return kinds.size === 1 && only ? only : 'mixed';
}

function dayOf(date: LocalDate, entries: ForeignEntry[], mapping: ImportMapping, name: string): DayFileResult {
  entries.sort(byTime);
  const warnings: string[] = [];
  const several = entries.length > 1;
  const notes = withoutControlChars(entries.map((entry) => entryText(entry, several)).join('\n\n'));
  const tags = [
    ...new Set(entries.flatMap((entry) => [...entry.tags, ...(entry.starred ? ['starred'] : [])]).map(cleanTag)),
  ].filter(Boolean);
  if (tags.length > LIMITS.tagsPerEntry) {
    warnings.push(`${date} has ${tags.length} tags; the first ${LIMITS.tagsPerEntry} were kept`);
    tags.length = LIMITS.tagsPerEntry;
  }
  const hints = new Map<string, ActivityHint>();
  for (const label of entries.flatMap((entry) => entry.activities)) {
    const id = activityIdFor(label);
    if (!hints.has(id))
      hints.set(id, {
        id,
        label: label.slice(0, LIMITS.activityLabelChars),
        lean: mapping.activities[label] ?? 'neutral',
      });
  }
  const activities: EntryActivity[] = [...hints.keys()].map((id) => ({ id, feel: null }));
  if (activities.length > LIMITS.activitiesPerEntry) {
    warnings.push(`${date} has ${activities.length} activities; the first ${LIMITS.activitiesPerEntry} were kept`);
    activities.length = LIMITS.activitiesPerEntry;
  }
  const content: DayContent = {
    date,
    dayKind: kindOf(entries, mapping),
    energy: null,
    prompts: [],
    promptShuffle: 0,
    activities,
    timing: null,
    highlight: { kind: null, text: '' },
    worstDay: { management: null, architecture: null },
    motive: null,
    notes,
    tags,
  };
  const checked = dayContentSchema.safeParse(content);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return {
      status: 'failed',
      name,
      reason: `(${date}): ${issue?.path.join(' ') || 'the day'} ${issue?.message ?? 'is not valid'}`,
    };
  }
  const created = entries
    .map((entry) => entry.createdAt)
    .filter((stamp): stamp is string => stamp !== null)
    .sort()[0];
  return {
    status: 'day',
    name,
    content: checked.data,
    meta: created ? { createdAt: created } : {},
    hints: [...hints.values()],
    warnings,
  };
}

/**
 * A day the journal already holds, with the imported text, tags and
 * activities added: nothing of the journal's is removed or changed, and
 * what is already there is not added twice, so importing the same export
 * again changes nothing.
 */
export function addToDay(mine: Entry, theirs: DayContent): DayContent {
  const notes =
    theirs.notes === '' || mine.notes.includes(theirs.notes)
      ? mine.notes
      : mine.notes.trim() === ''
        ? theirs.notes
        : `${mine.notes.trimEnd()}\n\n${theirs.notes}`;
  const have = new Set(mine.activities.map((activity) => activity.id));
  const { createdAt: _created, updatedAt: _updated, revision: _revision, ...content } = mine;
  return {
    ...content,
    dayKind: mine.dayKind ?? theirs.dayKind,
    notes,
    tags: [...new Set([...mine.tags, ...theirs.tags])].slice(0, LIMITS.tagsPerEntry),
    activities: [...mine.activities, ...theirs.activities.filter((activity) => !have.has(activity.id))].slice(
      0,
      LIMITS.activitiesPerEntry,
    ),
  };
}

/** The days a source's entries make under `mapping`, each a day the journal holds taking the import as additions. */
export function foreignDays(
  parse: ForeignParse,
  mapping: ImportMapping,
  current: ReadonlyMap<LocalDate, Entry> = new Map(),
): DayFileResult[] {
  const byDate = new Map<LocalDate, ForeignEntry[]>();
  for (const entry of parse.entries) {
    const list = byDate.get(entry.date);
    if (list) list.push(entry);
    else byDate.set(entry.date, [entry]);
  }
  const results: DayFileResult[] = [];
  for (const [date, entries] of byDate) {
    const origins = [...new Set(entries.map((entry) => entry.origin.split(', ')[0]))].join(', ');
    const day = dayOf(date, entries, mapping, origins);
    const mine = current.get(date);
    if (day.status === 'day' && mine) {
      const merged = dayContentSchema.safeParse(addToDay(mine, day.content));
      if (merged.success) day.content = merged.data;
      else results.push({ status: 'failed', name: origins, reason: `(${date}) would make the day too long to keep` });
      if (!merged.success) continue;
    }
    results.push(day);
  }
  return results;
}
