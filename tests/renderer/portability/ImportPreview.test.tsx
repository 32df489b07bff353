// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { setDecisionDate } from '../../../renderer/src/data/decisionRepository';
import { getEntry } from '../../../renderer/src/data/entriesRepository';
import { DataSection } from '../../../renderer/src/portability/DataSection';
import { renderDayFile, renderDecisionFile, renderReviewFile, type Entry, type PickedFile } from '../../../shared';
import { badDay, goodDay, weekReview } from '../../fixtures/entries';
import { bridge as fake } from './fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('./fakeBridge'));
vi.mock('../../../renderer/src/portability/importWorkerClient', () => import('./inlineImportWorker'));

const file = (entry: Entry, name = `${entry.date.slice(0, 4)}/${entry.date}.md`): PickedFile => ({
  name,
  text: renderDayFile(entry),
});

const same = goodDay('2026-11-01');
const mine = badDay('2026-11-02', { revision: 3, updatedAt: '2026-11-21T09:00:00.000Z' });
const theirs = badDay('2026-11-02', { notes: 'Written in Obsidian.', revision: 2 });
const fresh = goodDay('2026-11-03');

function loadFiles(files: PickedFile[], refused: { name: string; reason: string }[] = []) {
  fake.importMarkdown.mockResolvedValueOnce({ status: 'loaded', source: '/home/me/journal', files, refused });
}

async function openPreview(files: PickedFile[], refused: { name: string; reason: string }[] = []) {
  loadFiles(files, refused);
  const user = userEvent.setup();
  render(<DataSection />);
  await user.click(screen.getByRole('button', { name: 'Import markdown…' }));
  const preview = await screen.findByRole('region', { name: 'Before importing' });
  return { user, preview };
}

afterEach(cleanup);
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.entries.bulkAdd([same, mine]);
});

describe('the import preview', () => {
  it('lists new, conflicting, unchanged and malformed files before writing anything', async () => {
    const { preview } = await openPreview(
      [
        file(same),
        file(theirs),
        file(fresh),
        { name: '2026/2026-11-04.md', text: '---\ndate: [2026-11-04\n---\n' },
        { name: '2026/2026-02-30.md', text: '---\n---\n' },
        { name: '2026/2026-11-05.md', text: '---\nenergy: high\n---\n' },
        { name: '2026/2026-11-06.md', text: '---\ndate: 2026-11-07\n---\n' },
        file(goodDay('2026-11-08'), 'a/2026-11-08.md'),
        file(goodDay('2026-11-08'), 'b/2026-11-08.md'),
      ],
      [{ name: 'photo.md', reason: 'is a binary file, not text' }],
    );
    const counts = within(preview)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(counts).toEqual(
      expect.arrayContaining([
        '1 new day',
        '1 day differs from your journal',
        '1 day already the same',
        '6 file problems',
      ]),
    );
    expect(within(preview).getByText(/Mon, 2 Nov 2026: differs in notes/)).toBeInTheDocument();
    expect(preview).toHaveTextContent('2026/2026-11-04.md its front matter is not valid YAML');
    expect(preview).toHaveTextContent(
      '2026/2026-02-30.md is named after 2026-02-30, which is not a real calendar date',
    );
    expect(preview).toHaveTextContent('2026/2026-11-05.md energy should be a whole number from 1 to 5, not "high"');
    expect(preview).toHaveTextContent('2026/2026-11-06.md is named after 2026-11-06 but its date is 2026-11-07');
    expect(preview).toHaveTextContent('2026-11-08 is in 2 files (a/2026-11-08.md, b/2026-11-08.md)');
    expect(preview).toHaveTextContent('photo.md is a binary file, not text');
    expect(await db.entries.count()).toBe(2);
  });

  it('keeps mine unless told otherwise, writing only the new day', async () => {
    const { user } = await openPreview([file(theirs), file(fresh)]);
    await user.click(screen.getByRole('button', { name: 'Import 1 day' }));
    expect(await screen.findByText('Imported 1 day.')).toBeInTheDocument();
    expect(await db.entries.get(mine.date)).toEqual(mine);
    expect(await db.entries.get(fresh.date)).toEqual(fresh);
  });

  it('takes theirs when chosen, as a new save of that day', async () => {
    const { user } = await openPreview([file(theirs), file(fresh)]);
    await user.click(screen.getByRole('radio', { name: 'Take theirs' }));
    await user.click(screen.getByRole('button', { name: 'Import 2 days' }));
    expect(await screen.findByText('Imported 2 days, replacing 1 day in your journal.')).toBeInTheDocument();
    const stored = await getEntry(mine.date);
    expect(stored?.notes).toBe('Written in Obsidian.');
    expect(stored?.revision).toBe(mine.revision + 1);
    expect(stored?.createdAt).toBe(mine.createdAt);
  });

  it('writes nothing when a day changed in another window after the preview', async () => {
    const { user } = await openPreview([file(theirs), file(fresh)]);
    await user.click(screen.getByRole('button', { name: 'Take all theirs' }));
    await db.entries.put({ ...mine, notes: 'Edited elsewhere.', revision: mine.revision + 1 });
    await user.click(screen.getByRole('button', { name: 'Import 2 days' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('2026-11-02 changed after the preview');
    expect(await db.entries.get(fresh.date)).toBeUndefined();
    expect((await getEntry(mine.date))?.notes).toBe('Edited elsewhere.');
  });

  it('names the days, the weekly reviews and the decision plan it imports on one button', async () => {
    const review = {
      week: '2026-W45',
      question: 'week-repeat' as const,
      answer: 'The design review.',
      createdAt: '2026-11-08T18:00:00.000Z',
      updatedAt: '2026-11-08T18:00:00.000Z',
      revision: 1,
    };
    const plan = { decisionDate: '2027-01-05', record: null, experiments: [], updatedAt: '2026-11-20T18:00:00.000Z' };
    const { user, preview } = await openPreview([
      file(fresh),
      { name: '2026/2026-W45-review.md', text: renderReviewFile(review) },
      { name: 'decision.md', text: renderDecisionFile(plan) },
    ]);
    await user.click(
      within(preview).getByRole('button', { name: 'Import 1 day, 1 weekly review and the decision plan' }),
    );
    expect(await screen.findByText(/The decision plan was imported\./)).toBeInTheDocument();
    expect(await db.entries.get(fresh.date)).toEqual(fresh);
    expect(await db.reviews.get('2026-W45')).toEqual(review);
    expect(await db.decision.count()).toBe(1);
  });

  it('takes a decision date edited by hand in decision.md, saying so', async () => {
    const plan = { decisionDate: '2027-01-05', record: null, experiments: [], updatedAt: '2026-11-20T18:00:00.000Z' };
    await setDecisionDate(plan.decisionDate, '2026-11-20', new Date(plan.updatedAt));
    const { user, preview } = await openPreview([
      { name: 'decision.md', text: renderDecisionFile({ ...plan, decisionDate: '2027-02-01' }) },
    ]);
    expect(
      within(preview).getByText(
        /The decision plan becomes the one in the files \(conversation on .*\), as edited in the file; yours was conversation on /,
      ),
    ).toBeVisible();
    await user.click(within(preview).getByRole('button', { name: 'Import the decision plan' }));
    expect(await screen.findByText(/The decision plan was imported\./)).toBeInTheDocument();
  });

  it('offers a sync tool’s conflict copies of a review and of decision.md as conflicts to keep or take', async () => {
    const plan = { decisionDate: '2027-01-05', record: null, experiments: [], updatedAt: '2026-11-20T18:00:00.000Z' };
    await setDecisionDate(plan.decisionDate, '2026-11-20', new Date(plan.updatedAt));
    const review = { ...weekReview, revision: 2, updatedAt: '2026-11-22T08:00:00.000Z' };
    await db.reviews.add(review);
    const copy = { ...plan, decisionDate: '2027-02-01', updatedAt: '2026-11-19T08:00:00.000Z' };
    const { user, preview } = await openPreview([
      { name: 'decision (Anna’s conflicted copy 2026-11-21).md', text: renderDecisionFile(copy) },
      {
        name: '2026/2026-W47-review.sync-conflict-20261121-093015-ABCDEF1.md',
        text: renderReviewFile({ ...weekReview, answer: 'The laptop’s answer.' }),
      },
    ]);
    expect(
      within(preview).getByText(/decision plan in a sync tool’s conflict copy .* differs from yours/),
    ).toBeVisible();
    // Saved earlier than the journal's, the copy is still the user's to take: nothing is decided by its time.
    const decision = within(preview).getByRole('group', { name: 'The decision plan: differs from your journal' });
    expect(within(decision).getByRole('radio', { name: 'Keep mine' })).toBeChecked();
    expect(within(preview).getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
    await user.click(within(decision).getByRole('radio', { name: 'Take theirs' }));
    const week = within(preview).getByRole('group', { name: 'Review of 2026-W47: differs from your journal' });
    await user.click(within(week).getByRole('radio', { name: 'Take theirs' }));
    await user.click(within(preview).getByRole('button', { name: 'Import 1 weekly review and the decision plan' }));
    expect(await screen.findByText(/The decision plan was imported\./)).toBeInTheDocument();
    expect((await db.decision.toArray())[0]).toMatchObject({ decisionDate: '2027-02-01' });
    expect(await db.reviews.get('2026-W47')).toMatchObject({ answer: 'The laptop’s answer.', revision: 3 });
  });

  it('lists a day whose summary properties were edited, and takes its activities as they are', async () => {
    const text = renderDayFile(same).replace(/^feelArchitecture: 2$/m, 'feelArchitecture: 0.5');
    expect(text).toContain('feelArchitecture: 0.5');
    const { preview } = await openPreview([{ name: '2026/2026-11-01.md', text }]);
    const listed = within(preview).getByRole('heading', { name: 'Edited properties that are not taken' });
    expect(listed.parentElement).toHaveTextContent(
      '(2026/2026-11-01.md): feelArchitecture is 0.5, but its activities list gives 2.',
    );
    expect(within(preview).getByRole('button', { name: 'Keep the days as their activities say' })).toBeEnabled();
  });

  it('writes nothing when every file is malformed', async () => {
    const { preview } = await openPreview([{ name: '2026-11-09.md', text: 'no front matter' }]);
    expect(within(preview).getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
    expect(await db.entries.count()).toBe(2);
  });

  it('stops reading on Cancel: what arrives after is dropped, and nothing is written', async () => {
    let answer: (files: PickedFile[]) => void = () => undefined;
    fake.importMarkdown.mockImplementationOnce(
      () =>
        new Promise((resolve) => (answer = (files) => resolve({ status: 'loaded', source: '/x', files, refused: [] }))),
    );
    const user = userEvent.setup();
    render(<DataSection />);
    await user.click(screen.getByRole('button', { name: 'Import markdown…' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    answer([file(fresh)]);
    expect(await screen.findByRole('button', { name: 'Import markdown…' })).toBeEnabled();
    expect(screen.queryByRole('region', { name: 'Before importing' })).not.toBeInTheDocument();
    expect(await db.entries.get(fresh.date)).toBeUndefined();
  });

  it('discards the preview on cancel', async () => {
    const { user } = await openPreview([file(fresh)]);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Before importing' })).not.toBeInTheDocument();
    expect(await db.entries.get(fresh.date)).toBeUndefined();
  });
});
