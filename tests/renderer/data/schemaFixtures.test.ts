import 'fake-indexeddb/auto';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  customActivitySchema,
  decisionPlanSchema,
  entrySchema,
  keyringSchema,
  LIMITS,
  reviewSchema,
  type Entry,
  type Review,
} from '../../../shared';
import { openKeyring } from '../../../renderer/src/crypto/keyring';
import { addCustomActivity } from '../../../renderer/src/data/customActivitiesRepository';
import { db, DATABASE_NAME, ForkcastDatabase } from '../../../renderer/src/data/database';
import {
  answerRevisit,
  recordDecision,
  saveExperiment,
  setDecisionDate,
} from '../../../renderer/src/data/decisionRepository';
import { putEntries, saveEntry } from '../../../renderer/src/data/entriesRepository';
import { setNoLock } from '../../../renderer/src/data/journalKey';
import { saveReview } from '../../../renderer/src/data/reviewsRepository';
import {
  isSealed,
  planOf,
  RowOpener,
  type CustomActivityRow,
  type DecisionRow,
  type EntryRow,
  type ReviewRow,
} from '../../../renderer/src/data/sealedRows';
import { setSetting } from '../../../renderer/src/data/settingsRepository';
import { LockController } from '../../../renderer/src/lock/lockController';
import { badDay, entryFixture, FIXTURE_NOW, goodDay } from '../../fixtures/entries';
import { dumpDatabase, loadDump, parseDump, serializeDump, type IndexedDbDump } from './indexedDbDump';

/**
 * Every schema version the app has shipped keeps a fixture database in
 * tests/fixtures/db/v<N>.json, written by that version's code (see
 * docs/schema-versions.md). Each is loaded with raw IndexedDB exactly as it
 * was, then opened with today's ForkcastDatabase, which must upgrade it and
 * keep every entry, activity and setting intact.
 */

const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../fixtures/db');

/** From version 3 on, the sample journal is locked with this passphrase (a cheap scrypt cost, stored in its keyring). */
const FIXTURE_PASSPHRASE = 'fixture passphrase';
const FIXTURE_KDF = { logN: 10, r: 8, p: 1 } as const;

/** The rows of a fixture as entries and activities: sealed ones opened with the fixture's passphrase. */
async function openFixtureRows(
  dump: IndexedDbDump,
  entries: EntryRow[],
  activities: CustomActivityRow[],
  reviews: ReviewRow[],
  decisions: DecisionRow[],
) {
  const stored = recordsOf(dump, 'keyring')[0];
  if (stored === undefined)
    return {
      entries: entries as Entry[],
      activities,
      reviews: reviews as Review[],
      decisions: decisions.map((row) => (isSealed(row) ? null : planOf(row))).filter((plan) => plan !== null),
      sealed: false,
    };
  const keyring = keyringSchema.parse(stored);
  const opener = new RowOpener(await openKeyring(keyring, { passphrase: FIXTURE_PASSPHRASE }));
  return {
    entries: await Promise.all(entries.map((row) => opener.entry(row))),
    activities: await Promise.all(activities.map((row) => opener.activity(row))),
    reviews: await Promise.all(reviews.map((row) => opener.review(row))),
    decisions: await Promise.all(decisions.map((row) => opener.decision(row))),
    sealed: true,
  };
}

/** The Dexie schema version the current code declares. */
async function currentVersion(): Promise<number> {
  const probe = new ForkcastDatabase('forkcast-version-probe');
  await probe.open();
  const version = probe.verno;
  await probe.delete();
  return version;
}

/** The versions with a fixture, read when the file loads so each gets its own test. */
const FIXTURE_VERSIONS = readdirSync(FIXTURE_DIR)
  .map((name) => /^v(\d+)\.json$/.exec(name)?.[1])
  .filter((match): match is string => match !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

const readFixture = async (version: number): Promise<IndexedDbDump> =>
  parseDump(await readFile(path.join(FIXTURE_DIR, `v${version}.json`), 'utf8'));

const recordsOf = (dump: IndexedDbDump, store: string): unknown[] =>
  dump.stores.find((candidate) => candidate.name === store)?.records ?? [];

/**
 * What an entry written by schema `version` must look like after today's
 * upgrades. Identity while no upgrade reshapes entries; an upgrade that does
 * (a new field with a default, say) states its mapping here.
 */
function expectedAfterUpgrade(_version: number, entry: unknown): unknown {
  return entry;
}

describe('schema fixtures', () => {
  it('exist for every schema version up to the current one', async () => {
    const current = await currentVersion();
    expect(FIXTURE_VERSIONS).toEqual(Array.from({ length: current }, (_, i) => i + 1));
  });

  it.each(FIXTURE_VERSIONS)(
    'v%i opens with the current code and keeps every entry, activity and setting',
    async (version) => {
      const dump = await readFixture(version);
      const name = `forkcast-fixture-v${version}`;
      await loadDump(indexedDB, name, dump);

      const upgraded = new ForkcastDatabase(name);
      await upgraded.open();
      try {
        const rows = await upgraded.entries.toArray();
        const stored = recordsOf(dump, 'entries');
        expect(stored.length).toBeGreaterThan(3);
        expect(rows).toEqual(stored.map((entry) => expectedAfterUpgrade(version, entry)));
        const activityRows = await upgraded.customActivities.toArray();
        expect(activityRows).toEqual(recordsOf(dump, 'customActivities'));
        expect(await upgraded.settings.toArray()).toEqual(recordsOf(dump, 'settings'));
        expect(await upgraded.keyring.toArray()).toEqual(recordsOf(dump, 'keyring'));
        // Version 4 added the weekly reviews; an older journal has none, and gains an empty store.
        const reviewRows = await upgraded.reviews.toArray();
        expect(reviewRows).toEqual(recordsOf(dump, 'reviews'));
        if (version >= 4) expect(reviewRows.length).toBeGreaterThan(0);
        // Since version 5: the decision plan; an older journal upgrades with none.
        const decisionRows = await upgraded.decision.toArray();
        expect(decisionRows).toEqual(recordsOf(dump, 'decision'));
        expect(decisionRows).toHaveLength(version >= 5 ? 1 : 0);

        // A locked journal's rows still open with its passphrase; every day, activity, review and plan is valid.
        const { entries, activities, reviews, decisions, sealed } = await openFixtureRows(
          dump,
          rows,
          activityRows,
          reviewRows,
          decisionRows,
        );
        for (const entry of entries) expect(entrySchema.safeParse(entry).success, entry.date).toBe(true);
        for (const activity of activities) expect(customActivitySchema.safeParse(activity).success).toBe(true);
        for (const review of reviews) expect(reviewSchema.safeParse(review).success, review.week).toBe(true);
        for (const plan of decisions) expect(decisionPlanSchema.safeParse(plan).success).toBe(true);
        // Since version 6: the plan's experiments; a plan sealed before then opens with none.
        expect(decisions.map((plan) => plan.experiments.length)).toEqual(version >= 6 ? [2] : version === 5 ? [0] : []);
        if (sealed) expect(reviewRows.every(isSealed)).toBe(true);
        if (sealed) expect(decisionRows.every(isSealed)).toBe(true);
        expect(entries.map((entry) => entry.date)).toEqual(rows.map((row) => row.date));

        // The indexes History and Trends query by still answer: tags and day kinds for plain rows, nonces for sealed ones.
        const tagged = entries.filter((entry) => entry.tags.includes('design'));
        expect(tagged.length).toBeGreaterThan(0);
        if (sealed) {
          expect(rows.every(isSealed)).toBe(true);
          expect(await upgraded.entries.orderBy('iv').count()).toBe(rows.length);
          expect(await upgraded.entries.orderBy('updatedAt').count()).toBe(0);
          return;
        }
        expect(await upgraded.entries.where('tags').equals('design').primaryKeys()).toEqual(tagged.map((e) => e.date));
        const bad = entries.filter((entry) => entry.dayKind === 'bad').map((entry) => entry.date);
        expect(await upgraded.entries.where('dayKind').equals('bad').primaryKeys()).toEqual(bad);
        expect(await upgraded.entries.orderBy('updatedAt').count()).toBe(entries.length);
      } finally {
        await upgraded.delete();
      }
    },
  );

  it('v5 gives a plain (unlocked) decision plan an empty list of experiments, keeping the rest', async () => {
    const dump = await readFixture(5);
    const decision = dump.stores.find((store) => store.name === 'decision');
    if (!decision) throw new Error('the v5 fixture has no decision store');
    // The fixture's plan is sealed; put in its place the plain plan an unlocked v5 journal holds.
    const plain = { id: 'decision', decisionDate: '2027-01-05', record: null, updatedAt: FIXTURE_NOW.toISOString() };
    decision.records = [plain];
    await loadDump(indexedDB, 'forkcast-fixture-v5-plain', dump);
    const upgraded = new ForkcastDatabase('forkcast-fixture-v5-plain');
    await upgraded.open();
    try {
      expect(await upgraded.decision.toArray()).toEqual([{ ...plain, experiments: [] }]);
    } finally {
      await upgraded.delete();
    }
  });

  it('v1 keeps a neutral feel neutral: a stored 0 stays 0, never unrated', async () => {
    const dump = await readFixture(1);
    const entries = dump.stores.find((store) => store.name === 'entries');
    if (!entries) throw new Error('the v1 fixture has no entries store');
    // Version 1 had no unrated state, so its fixture has no neutral feel either; add one day as it would have written it.
    const neutral = {
      ...entryFixture('2025-02-03', { dayKind: 'mixed' }),
      activities: [{ id: 'one-on-ones', feel: 0 }],
    };
    entries.records = [...entries.records, neutral];
    await loadDump(indexedDB, 'forkcast-fixture-v1-neutral', dump);
    const upgraded = new ForkcastDatabase('forkcast-fixture-v1-neutral');
    await upgraded.open();
    try {
      expect(((await upgraded.entries.get('2025-02-03')) as Entry | undefined)?.activities).toEqual([
        { id: 'one-on-ones', feel: 0 },
      ]);
      const feels = ((await upgraded.entries.toArray()) as Entry[]).flatMap((entry) =>
        entry.activities.map((a) => a.feel),
      );
      expect(feels).not.toContain(null);
    } finally {
      await upgraded.delete();
    }
  });
});

/** A journal touching every field and the edges of the schema, written through the app's repositories. */
async function writeSampleJournal(): Promise<void> {
  const own = await addCustomActivity('Board prep', 'management', FIXTURE_NOW);
  await putEntries([
    entryFixture('1900-01-01', { notes: 'The earliest day a journal can hold.' }),
    goodDay('2025-01-06', {
      prompts: [{ id: 'good-best-hour', answer: 'Framed the **event model** with product.\n\n## Not a heading' }],
      activities: [
        { id: 'design-doc', feel: 2 },
        { id: own.id, feel: 1 },
        // Since version 2: a neutral feel and an activity not rated yet are different things.
        { id: 'one-on-ones', feel: 0 },
        { id: 'spike', feel: null },
      ],
      motive: 'leverage',
    }),
    badDay('2025-01-07', { tags: ['design', 'calibration'], highlight: { kind: null, text: '' } }),
    entryFixture('2025-01-08', {
      dayKind: 'mixed',
      energy: 3,
      timing: 'shaping',
      notes: `Emoji 😀👩🏽‍💻, right to left: שלום עולם، مرحبا بالعالم.\n---\nkey: "yaml-ish"\n${'x'.repeat(4_000)}`,
      tags: Array.from({ length: LIMITS.tagsPerEntry }, (_, i) => `tag-${i}`),
    }),
  ]);
  // A day saved twice, so its revision is past 1 as real days are.
  const first = await saveEntry(goodDay('2025-01-09'), null, FIXTURE_NOW);
  if (first.status !== 'saved') throw new Error('the sample day did not save');
  await saveEntry({ ...first.entry, notes: 'Edited later the same evening.' }, 1, FIXTURE_NOW);
  // Since version 4: weekly reviews, one answered twice and one with text that looks like markdown and YAML.
  const review = await saveReview(
    { week: '2025-W02', question: 'week-repeat', answer: 'The event-model session.' },
    null,
    FIXTURE_NOW,
  );
  if (review.status !== 'saved') throw new Error('the sample review did not save');
  await saveReview({ ...review.review, answer: 'The event-model session, and the 1:1 after it. 😀' }, 1, FIXTURE_NOW);
  await saveReview(
    { week: '2026-W53', question: 'week-surprise', answer: '---\nkey: "yaml-ish"\n## Not a heading\nשלום' },
    null,
    FIXTURE_NOW,
  );
  await setSetting('lastBackupAt', FIXTURE_NOW.toISOString());
  await setSetting('storagePersistence', { askedAt: FIXTURE_NOW.toISOString(), granted: true });
  // Since version 3: the journal is locked, so the fixture holds a keyring and sealed rows.
  await setSetting('lockIdleMinutes', 5);
  // Since version 5: a decision date, sealed with the rest once the journal locks.
  await setDecisionDate('2027-01-05', '2026-11-20', FIXTURE_NOW);
  await recordDecision(
    {
      choice: 'architecture',
      reasons: 'Design reviews felt best.\n\n## Not a heading — emoji 😀, שלום',
      reconsider: 'If the team I would lead needs me more.',
      brief: '# Decision brief: management or architecture\n\nRange: everything up to 20 Nov 2026\n',
    },
    '2026-11-20',
    FIXTURE_NOW,
  );
  await answerRevisit(3, 'unsure', '2027-02-20', FIXTURE_NOW);
  // Since version 6: experiments in the plan, one ended and one planned, a name with emoji and quotes.
  await saveExperiment(
    { label: 'Design reviews: "two weeks" 😀', focus: 'architecture', start: '2026-11-02', end: '2026-11-15' },
    null,
    FIXTURE_NOW,
  );
  await saveExperiment(
    { label: 'קואצ׳ינג month', focus: 'management', start: '2026-12-01', end: '2026-12-28' },
    null,
    FIXTURE_NOW,
  );
  const lock = new LockController({ now: () => FIXTURE_NOW.getTime(), kdfCost: FIXTURE_KDF });
  await lock.start();
  await lock.prepareLock(FIXTURE_PASSPHRASE);
  await lock.confirmLock();
  lock.stop();
  setNoLock();
}

/**
 * The generator: `FORKCAST_WRITE_DB_FIXTURE=1 npx vitest run
 * tests/renderer/data/schemaFixtures.test.ts` writes the current version's
 * fixture if there is none. It never overwrites one: a shipped version's data
 * is history.
 */
describe.runIf(process.env.FORKCAST_WRITE_DB_FIXTURE === '1')('the fixture generator', () => {
  it('writes the current schema version’s fixture', async () => {
    const target = path.join(FIXTURE_DIR, `v${await currentVersion()}.json`);
    expect(existsSync(target), `${target} exists; shipped fixtures are never rewritten`).toBe(false);
    await db.open();
    try {
      await writeSampleJournal();
      await writeFile(target, serializeDump(await dumpDatabase(indexedDB, DATABASE_NAME)));
    } finally {
      await db.delete();
    }
  });
});
