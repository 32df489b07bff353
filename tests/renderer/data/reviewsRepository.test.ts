import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { putEntries } from '../../../renderer/src/data/entriesRepository';
import { onJournalChange, type JournalChange } from '../../../renderer/src/data/journalChanges';
import { applyImport } from '../../../renderer/src/data/portabilityRepository';
import { readMissedReview, readReviewWeeks } from '../../../renderer/src/data/reviewQueries';
import { getReview, listReviews, saveReview } from '../../../renderer/src/data/reviewsRepository';
import { isSealed } from '../../../renderer/src/data/sealedRows';
import type { LockController } from '../../../renderer/src/lock/lockController';
import { FIXTURE_NOW, goodDay } from '../../fixtures/entries';
import { freshJournal, lockJournal, lockNow, PASSPHRASE, rawJournalText, startController } from '../lock/lockTestKit';

const LATER = new Date('2026-11-21T09:00:00.000Z');
let controller: LockController | undefined;

beforeEach(async () => {
  await freshJournal();
});

afterEach(() => {
  controller?.stop();
  controller = undefined;
});

describe('the weekly reviews', () => {
  it('tell the live folder of each review saved, once it is stored, and of none refused', async () => {
    const changes: JournalChange[] = [];
    const stop = onJournalChange((change) => changes.push(change));
    try {
      const first = await saveReview({ week: '2026-W47', question: 'week-repeat', answer: 'One.' }, null, FIXTURE_NOW);
      expect(first.status).toBe('saved');
      expect(changes).toEqual([{ days: new Map(), reviews: [await getReview('2026-W47')] }]);
      // Another window's save came first: nothing is stored, and nothing is told.
      expect(
        await saveReview({ week: '2026-W47', question: 'week-repeat', answer: 'Two.' }, null, LATER),
      ).toMatchObject({
        status: 'conflict',
      });
      expect(changes).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it('are stored one per week, edited as new revisions, and listed oldest first', async () => {
    const first = await saveReview(
      { week: '2026-W47', question: 'week-repeat', answer: 'The design review.' },
      null,
      FIXTURE_NOW,
    );
    expect(first).toMatchObject({ status: 'saved', review: { revision: 1, createdAt: FIXTURE_NOW.toISOString() } });
    const edited = await saveReview(
      { week: '2026-W47', question: 'week-repeat', answer: 'The design review, again.' },
      1,
      LATER,
    );
    expect(edited).toMatchObject({
      status: 'saved',
      review: { revision: 2, createdAt: FIXTURE_NOW.toISOString(), updatedAt: LATER.toISOString() },
    });
    await saveReview({ week: '2026-W40', question: 'week-avoid', answer: 'Earlier.' }, null, FIXTURE_NOW);
    expect((await listReviews()).map((review) => [review.week, review.answer])).toEqual([
      ['2026-W40', 'Earlier.'],
      ['2026-W47', 'The design review, again.'],
    ]);
  });

  it('refuse to overwrite a save made in another window meanwhile', async () => {
    await saveReview({ week: '2026-W47', question: 'week-repeat', answer: 'Window one.' }, null, FIXTURE_NOW);
    const clash = await saveReview({ week: '2026-W47', question: 'week-repeat', answer: 'Window two.' }, null, LATER);
    expect(clash).toMatchObject({ status: 'conflict', current: { answer: 'Window one.' } });
    expect((await getReview('2026-W47'))?.answer).toBe('Window one.');
  });

  it('refuse a week that does not exist or an answer with control characters, and store nothing', async () => {
    await expect(saveReview({ week: '2025-W53', question: 'week-repeat', answer: 'x' }, null)).rejects.toThrow(
      /week written like 2026-W49/,
    );
    await expect(
      saveReview({ week: '2026-W47', question: 'week-repeat', answer: 'bell \u0007' }, null),
    ).rejects.toThrow(/control characters/);
    expect(await db.reviews.count()).toBe(0);
  });

  it('are sealed by the lock, written sealed while it is on, and opened again when it goes off', async () => {
    await saveReview({ week: '2026-W46', question: 'week-surprise', answer: 'Plain words before the lock.' }, null);
    ({ controller } = await startController());
    await lockJournal(controller);
    expect(controller.getView()).toMatchObject({
      notice: expect.stringContaining('and 1 weekly review were encrypted'),
    });
    await saveReview({ week: '2026-W47', question: 'week-repeat', answer: 'Sealed words under the lock.' }, null);
    expect((await db.reviews.toArray()).every(isSealed)).toBe(true);
    const raw = await rawJournalText();
    expect(raw).not.toContain('Plain words');
    expect(raw).not.toContain('Sealed words');
    expect(raw).not.toContain('week-repeat');

    await lockNow(controller);
    await expect(getReview('2026-W47')).rejects.toThrow(/locked/);
    await controller.unlock({ passphrase: PASSPHRASE });
    expect((await getReview('2026-W47'))?.answer).toBe('Sealed words under the lock.');

    await controller.turnOff(PASSPHRASE);
    expect((await db.reviews.toArray()).some(isSealed)).toBe(false);
    expect((await listReviews()).map((review) => review.answer)).toEqual([
      'Plain words before the lock.',
      'Sealed words under the lock.',
    ]);
  });

  it('are written by an import only if each is still at the revision its preview saw', async () => {
    const first = await saveReview({ week: '2026-W47', question: 'week-repeat', answer: 'Mine.' }, null, FIXTURE_NOW);
    if (first.status !== 'saved') throw new Error('not saved');
    const imported = { ...first.review, answer: 'From the file.', revision: 2, updatedAt: LATER.toISOString() };
    const fresh = { ...first.review, week: '2026-W40', answer: 'A new week.' };
    const write = {
      entries: [],
      expected: [],
      customActivities: [],
      reviews: [imported, fresh],
      expectedReviews: [
        { week: '2026-W47', revision: 1 },
        { week: '2026-W40', revision: null },
      ],
    };
    // Saved again in another window after the preview: the whole import stops.
    await saveReview({ week: '2026-W47', question: 'week-repeat', answer: 'Mine, again.' }, 1, LATER);
    await expect(applyImport(write)).rejects.toThrow('2026-W47 changed after the preview');
    expect((await listReviews()).map((review) => review.answer)).toEqual(['Mine, again.']);

    await applyImport({
      ...write,
      expectedReviews: [
        { week: '2026-W47', revision: 2 },
        { week: '2026-W40', revision: null },
      ],
    });
    expect((await listReviews()).map((review) => review.answer)).toEqual(['A new week.', 'From the file.']);
  });

  it('list every week with days or a review up to this one, newest first, and offer last week only while it is unreviewed', async () => {
    // Saturday 5 December 2026 is in 2026-W49; last week is 2026-W48.
    const today = '2026-12-05';
    expect(await readMissedReview(today)).toBeNull();
    await putEntries([goodDay('2026-11-24'), goodDay('2026-11-26'), goodDay('2026-11-02')]);
    await saveReview({ week: '2026-W40', question: 'week-avoid', answer: 'Early.' }, null, FIXTURE_NOW);
    expect(await readMissedReview(today)).toBe('2026-W48');
    expect(
      (await readReviewWeeks(today)).map(({ week, days, review }) => [week, days, review?.answer ?? null]),
    ).toEqual([
      ['2026-W49', 0, null],
      ['2026-W48', 2, null],
      ['2026-W45', 1, null],
      ['2026-W40', 0, 'Early.'],
    ]);
    await saveReview({ week: '2026-W48', question: 'week-repeat', answer: 'Done later.' }, null, FIXTURE_NOW);
    expect(await readMissedReview(today)).toBeNull();
  });
});
