import { performance } from 'node:perf_hooks';
import { decodeText } from '../../renderer/src/bridge/browserFiles';
import { sourcePreview } from '../../renderer/src/portability/sourcePreview';
import { defaultMapping, readSource, type Entry } from '../../shared';
import { DEFAULT_PLAN, pairedRuns, type RunPlan } from '../measure';
import { allOf, atSize, timedRow, under, type Row } from '../rows';

/** The target: a 10,000-entry Day One export parsed and previewed in under 3 s. */
const TARGETS = { 10_000: allOf(under(3_000)) };

/** Zones the entries were written in, so each is placed on its own local date. */
const ZONES = ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo', 'UTC'];

/** A Day One JSON export of `entries`: one entry a day, written in the evening in one of several zones. */
export function dayOneExport(entries: readonly Entry[]): Uint8Array {
  const json = {
    metadata: { version: '1.0' },
    entries: entries.map((entry, index) => ({
      uuid: index.toString(16).padStart(32, '0'),
      creationDate: `${entry.date}T12:30:00Z`,
      modifiedDate: entry.updatedAt,
      timeZone: ZONES[index % ZONES.length],
      starred: index % 7 === 0,
      tags: entry.tags,
      text: `${entry.highlight.text}\n\n${entry.notes}`,
    })),
  };
  return new TextEncoder().encode(JSON.stringify(json, null, 2));
}

/**
 * Case 7: a Day One export read and previewed as the import does (decode,
 * detect, validate each entry, place it on its local date, make the days,
 * plan them against an empty journal), against a plain JSON.parse of the
 * same bytes. The worker's copy of the bytes and the page's paint are not
 * included: they are the same for any import.
 */
export async function dayOneImportCase(entries: readonly Entry[], plan: RunPlan = DEFAULT_PLAN): Promise<Row> {
  const bytes = dayOneExport(entries);
  const timed = (task: () => unknown) => async () => {
    const start = performance.now();
    task();
    return performance.now() - start;
  };
  const runs = await pairedRuns(
    plan,
    timed(() => {
      const parse = readSource([{ name: 'Journal.json', bytes }], { decode: decodeText });
      const snapshot = { parse, journal: new Map(), customActivities: [] };
      const preview = sourcePreview(snapshot, defaultMapping(parse), new Date());
      if (preview.newDays.length === 0 || parse.problems.length > 0) {
        throw new Error(
          `The Day One import previewed ${preview.newDays.length} days with ${parse.problems.length} problems.`,
        );
      }
    }),
    timed(() => JSON.parse(new TextDecoder().decode(bytes))),
  );
  return timedRow(
    'Day One import, parsed and previewed',
    entries.length,
    atSize(entries.length, TARGETS),
    runs.subject,
    runs.baseline,
  );
}
