import {
  backupDataSchema,
  DECISION_PLAN_ID,
  type BackupData,
  type CustomActivity,
  type DecisionPlan,
  type Entry,
  type ExportMarkdownRequest,
  type ImportWrite,
  type Keyring,
  type LocalDate,
  type Review,
} from '../../../shared';
import { db } from './database';
import { validateEntry } from './entriesRepository';
import { ValidationError } from './errors';
import { daysChanged, noteJournalChange } from './journalChanges';
import {
  activityRow,
  checkWriteMode,
  decisionRow,
  entryRow,
  openDecision,
  openActivities,
  openEntries,
  openEntry,
  openReview,
  openReviews,
  reviewRow,
  sameRow,
  writeMode,
  type WriteMode,
} from './journalRows';
import { validateReview } from './reviewsRepository';
import { getSetting, isLocalSetting, setSetting } from './settingsRepository';

/**
 * Reads and writes for export, import, backup and restore. Every write is
 * one Dexie transaction: it all happens, or on any error none of it does.
 * Rows are read in one transaction and opened after it, and sealed before
 * the one that writes them (journalRows.ts says why).
 */

export type DateRange = { from: LocalDate; to: LocalDate };

/** What a markdown export needs: the days (all, or a range), the user's own activities, the weekly reviews and the decision plan. */
export async function loadExportRequest(range: DateRange | null): Promise<ExportMarkdownRequest> {
  const rows = await db.transaction('r', [db.entries, db.customActivities, db.reviews, db.decision], async () => ({
    entries: range
      ? await db.entries.where('date').between(range.from, range.to, true, true).toArray()
      : await db.entries.toArray(),
    customActivities: await db.customActivities.toArray(),
    reviews: await db.reviews.toArray(),
    decision: await db.decision.get(DECISION_PLAN_ID),
  }));
  return {
    entries: await openEntries(rows.entries),
    customActivities: await openActivities(rows.customActivities),
    range,
    // renderMarkdownExport keeps only the reviews whose week overlaps the range.
    reviews: await openReviews(rows.reviews),
    decision: rows.decision ? await openDecision(rows.decision) : null,
  };
}

/** The journal an import is compared with. */
export async function loadJournal(): Promise<{
  entries: Entry[];
  customActivities: CustomActivity[];
  reviews: Review[];
  decision: DecisionPlan | null;
}> {
  const rows = await db.transaction('r', [db.entries, db.customActivities, db.reviews, db.decision], async () => ({
    entries: await db.entries.toArray(),
    customActivities: await db.customActivities.toArray(),
    reviews: await db.reviews.toArray(),
    decision: await db.decision.get(DECISION_PLAN_ID),
  }));
  return {
    entries: await openEntries(rows.entries),
    customActivities: await openActivities(rows.customActivities),
    reviews: await openReviews(rows.reviews),
    decision: rows.decision ? await openDecision(rows.decision) : null,
  };
}

const changedAfterPreview = (date: LocalDate) =>
  new ValidationError(
    `${date} changed after the preview (perhaps in another window). Nothing was imported; preview the import again.`,
  );

const decisionChanged = () =>
  new ValidationError('Your decision changed after the preview. Nothing was imported; preview the import again.');

/**
 * Writes an import. Each day is checked again against the revision the
 * preview saw, so a day edited in another window meanwhile is not
 * overwritten: the whole import stops and asks for a fresh preview.
 */
export async function applyImport(write: ImportWrite): Promise<void> {
  const entries = write.entries.map(validateEntry);
  const reviews = (write.reviews ?? []).map(validateReview);
  const expectedReviews = write.expectedReviews ?? [];
  const mode = writeMode();
  const dates = write.expected.map((day) => day.date);
  const weeks = expectedReviews.map((review) => review.week);
  const [before, activityRows, reviewsBefore] = await db.transaction(
    'r',
    db.entries,
    db.customActivities,
    db.reviews,
    () => Promise.all([db.entries.bulkGet(dates), db.customActivities.toArray(), db.reviews.bulkGet(weeks)]),
  );
  const current = await Promise.all(before.map((row) => row && openEntry(row, mode.state)));
  write.expected.forEach((day, index) => {
    if ((current[index]?.revision ?? null) !== day.revision) throw changedAfterPreview(day.date);
  });
  const currentReviews = await Promise.all(reviewsBefore.map((row) => row && openReview(row, mode.state)));
  expectedReviews.forEach((review, index) => {
    if ((currentReviews[index]?.revision ?? null) !== review.revision) throw changedAfterPreview(review.week);
  });
  const newReviewRows = await Promise.all(reviews.map((review) => reviewRow(review, mode)));
  const known = new Set((await openActivities(activityRows, mode.state)).map((activity) => activity.id));
  const [entryRows, newActivities, planRow] = await Promise.all([
    Promise.all(entries.map((entry) => entryRow(entry, mode))),
    Promise.all(
      write.customActivities
        .filter((activity) => !known.has(activity.id))
        .map((activity) => activityRow(activity, mode)),
    ),
    write.decision && decisionRow(DECISION_PLAN_ID, write.decision.plan, mode),
  ]);
  const decisionBefore = write.decision && (await db.decision.get(DECISION_PLAN_ID));
  const decisionNow = decisionBefore ? await openDecision(decisionBefore, mode.state) : null;
  if (write.decision && decisionNow?.updatedAt !== write.decision.expected?.updatedAt) throw decisionChanged();
  await db.transaction('rw', [db.entries, db.customActivities, db.reviews, db.decision, db.keyring], async () => {
    await checkWriteMode(mode);
    if (planRow && !sameRow(await db.decision.get(DECISION_PLAN_ID), decisionBefore)) throw decisionChanged();
    if (planRow) await db.decision.put(planRow);
    const now = await db.entries.bulkGet(dates);
    now.forEach((row, index) => {
      if (!sameRow(row, before[index])) throw changedAfterPreview(dates[index] ?? '');
    });
    (await db.reviews.bulkGet(weeks)).forEach((row, index) => {
      if (!sameRow(row, reviewsBefore[index])) throw changedAfterPreview(weeks[index] ?? '');
    });
    if ((await db.customActivities.count()) !== activityRows.length) {
      throw new ValidationError(
        'Your activities changed after the preview. Nothing was imported; preview the import again.',
      );
    }
    await db.customActivities.bulkAdd(newActivities);
    await db.entries.bulkPut(entryRows);
    await db.reviews.bulkPut(newReviewRows);
  });
  noteJournalChange({
    ...daysChanged(entries),
    reviews,
    ...(write.decision ? { decision: write.decision.plan } : {}),
  });
}

/**
 * Everything a backup holds, read in one transaction so it is consistent.
 * Settings that belong to this computer alone (settingsRepository.ts) stay
 * out. A day that does not decrypt cannot be backed up; it is named in
 * `damaged` and left out.
 */
export async function loadBackupData(): Promise<{ data: BackupData; damaged: LocalDate[] }> {
  const rows = await db.transaction(
    'r',
    [db.entries, db.customActivities, db.settings, db.reviews, db.decision],
    async () => ({
      entries: await db.entries.toArray(),
      customActivities: await db.customActivities.toArray(),
      settings: await db.settings.toArray(),
      reviews: await db.reviews.toArray(),
      decision: await db.decision.get(DECISION_PLAN_ID),
    }),
  );
  const entries = await openEntries(rows.entries);
  const opened = new Set(entries.map((entry) => entry.date));
  return {
    data: {
      entries,
      customActivities: await openActivities(rows.customActivities),
      // Setting values are stored as unknown; the schema proves they are plain JSON.
      settings: backupDataSchema.shape.settings.parse(rows.settings.filter((row) => !isLocalSetting(row.key))),
      // A review that does not decrypt is named on the damaged-rows notice, like a day, and left out.
      reviews: await openReviews(rows.reviews),
      decision: rows.decision ? await openDecision(rows.decision) : null,
    },
    damaged: rows.entries.map((row) => row.date).filter((date) => !opened.has(date)),
  };
}

/**
 * Replaces the whole journal with a checked backup, sealed with this
 * journal's key if it is locked. A journal with no lock takes on the lock of
 * a locked backup (`adopt`: its keyring and the key the user just opened it
 * with), stored in the same transaction as the days. Settings of this
 * computer alone stay.
 */
export async function restoreBackup(data: BackupData, adopt?: { keyring: Keyring; key: CryptoKey }): Promise<void> {
  const current = writeMode();
  const adopting = adopt !== undefined && current.seal === null;
  const mode: WriteMode = adopting
    ? { state: current.state, seal: { key: adopt.key, keyId: adopt.keyring.keyId } }
    : current;
  const [entryRows, activityRows, reviewRows, planRow] = await Promise.all([
    Promise.all(data.entries.map((entry) => entryRow(entry, mode))),
    Promise.all(data.customActivities.map((activity) => activityRow(activity, mode))),
    Promise.all(data.reviews.map((review) => reviewRow(review, mode))),
    data.decision && decisionRow(DECISION_PLAN_ID, data.decision, mode),
  ]);
  const settings = data.settings.filter((row) => !isLocalSetting(row.key));
  await db.transaction(
    'rw',
    [db.entries, db.customActivities, db.settings, db.reviews, db.decision, db.keyring],
    async () => {
      await checkWriteMode(current);
      if (adopting) await db.keyring.add({ ...adopt.keyring, state: 'on', system: null });
      const local = (await db.settings.toArray()).filter((row) => isLocalSetting(row.key));
      await Promise.all([
        db.entries.clear(),
        db.customActivities.clear(),
        db.settings.clear(),
        db.reviews.clear(),
        db.decision.clear(),
      ]);
      await db.entries.bulkAdd(entryRows);
      await db.reviews.bulkAdd(reviewRows);
      await db.customActivities.bulkAdd(activityRows);
      await db.settings.bulkAdd([...settings, ...local]);
      if (planRow) await db.decision.add(planRow);
    },
  );
  noteJournalChange('all');
}

/** What a restore would replace: counts, whether there is a decision plan, and the days the backup lacks. */
export async function summariseJournal(backupDates: ReadonlySet<LocalDate>) {
  const rows = await db.transaction('r', [db.entries, db.customActivities, db.reviews, db.decision], async () => ({
    dates: await db.entries.toCollection().primaryKeys(),
    customActivities: await db.customActivities.count(),
    reviews: await db.reviews.count(),
    decision: await db.decision.get(DECISION_PLAN_ID),
  }));
  // Opened after the transaction: a sealed plan is decrypted, which a Dexie transaction cannot wait for.
  const plan = rows.decision ? await openDecision(rows.decision) : null;
  return {
    days: rows.dates.length,
    customActivities: rows.customActivities,
    reviews: rows.reviews,
    // An emptied plan (no date, decision or experiment) is no plan, as the backup's words have it.
    decisionPlan: plan !== null && (plan.decisionDate !== null || plan.record !== null || plan.experiments.length > 0),
    daysNotInBackup: rows.dates.filter((date) => !backupDates.has(date)).length,
  };
}

/** Remembers that the user took their data out, for the backup reminder. */
export async function recordBackup(now = new Date()): Promise<void> {
  await setSetting('lastBackupAt', now.toISOString());
}

export function getLastBackupAt(): Promise<string | undefined> {
  return getSetting('lastBackupAt');
}

/** What the reminder needs to decide; the first day's creation stands in for the journal's start. */
export async function loadReminderState(): Promise<{
  lastBackupAt?: string;
  lastShownAt?: string;
  journalSince?: string;
}> {
  const [lastBackupAt, lastShownAt, first] = await Promise.all([
    getSetting('lastBackupAt'),
    getSetting('backupReminderShownAt'),
    db.entries.orderBy('date').first(),
  ]);
  const since = first && (await openEntry(first).catch(() => undefined));
  return { lastBackupAt, lastShownAt, journalSince: since?.createdAt };
}

export async function recordReminderShown(now = new Date()): Promise<void> {
  await setSetting('backupReminderShownAt', now.toISOString());
}
