// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { getDecisionPlan, setDecisionDate } from '../../../renderer/src/data/decisionRepository';
import { getEntry } from '../../../renderer/src/data/entriesRepository';
import { getReview, saveReview } from '../../../renderer/src/data/reviewsRepository';
import { FolderChanges } from '../../../renderer/src/portability/FolderChanges';
import { renderDayFile, renderDecisionFile, renderReviewFile, type ImportMarkdownResponse } from '../../../shared';
import { goodDay } from '../../fixtures/entries';
import { bridge as fake } from './fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('./fakeBridge'));
vi.mock('../../../renderer/src/portability/importWorkerClient', () => import('./inlineImportWorker'));

const mine = goodDay('2026-11-19');

afterEach(cleanup);
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.entries.bulkAdd([mine]);
});

const loaded = (files: { name: string; text: string }[]): ImportMarkdownResponse => ({
  status: 'loaded',
  source: '/home/me/Journal',
  files,
  refused: [],
});

describe('files other apps changed in the live folder', () => {
  it('come in through the import preview, and settle only once applied', async () => {
    const fromLaptop = goodDay('2026-11-21', { notes: 'Written on the laptop.' });
    fake.readLiveChanges.mockResolvedValueOnce(
      loaded([{ name: '2026/2026-11-21.md', text: renderDayFile(fromLaptop) }]),
    );
    const user = userEvent.setup();
    render(<FolderChanges changed={1} />);
    const apply = await screen.findByRole('button', { name: /Import/ });
    expect(fake.settleLiveChanges).not.toHaveBeenCalled();
    expect(await getEntry('2026-11-21')).toBeUndefined();
    await user.click(apply);
    await waitFor(() => expect(fake.settleLiveChanges).toHaveBeenCalledWith({ taken: ['2026/2026-11-21.md'] }));
    expect((await getEntry('2026-11-21'))?.notes).toBe('Written on the laptop.');
  });

  it('settle by themselves when they hold exactly what the journal has', async () => {
    fake.readLiveChanges.mockResolvedValueOnce(loaded([{ name: '2026/2026-11-19.md', text: renderDayFile(mine) }]));
    render(<FolderChanges changed={1} />);
    await waitFor(() => expect(fake.settleLiveChanges).toHaveBeenCalledWith({ taken: ['2026/2026-11-19.md'] }));
    expect(screen.queryByRole('button', { name: /Import/ })).toBeNull();
    expect(await getEntry('2026-11-19')).toEqual(mine);
  });

  it('show a summary property edited in another app for its day, and settle only once the user has read it', async () => {
    // As Obsidian's Properties panel would leave it: the day's activities as they were, one summary changed.
    const text = renderDayFile(mine).replace(/^feelArchitecture: 2$/m, 'feelArchitecture: -2');
    expect(text).toContain('feelArchitecture: -2');
    fake.readLiveChanges.mockResolvedValueOnce(loaded([{ name: '2026/2026-11-19.md', text }]));
    const user = userEvent.setup();
    render(<FolderChanges changed={1} />);
    const keep = await screen.findByRole('button', { name: 'Keep the days as their activities say' });
    expect(screen.getByText(/feelArchitecture is -2, but its activities list gives 2/)).toBeInTheDocument();
    expect(fake.settleLiveChanges).not.toHaveBeenCalled();
    await user.click(keep);
    await waitFor(() => expect(fake.settleLiveChanges).toHaveBeenCalledWith({ taken: ['2026/2026-11-19.md'] }));
    expect(await screen.findByText(/No day was imported: each keeps what its activities list says/)).toBeVisible();
    expect(await getEntry('2026-11-19')).toEqual(mine);
  });

  it('let the user leave a file with a problem as it is, saying nothing is written over it', async () => {
    const broken = { name: '2026/2026-11-19.md', text: '---\ndate: [2026-11-19\n---\nWritten by another app.\n' };
    fake.readLiveChanges.mockResolvedValueOnce(loaded([broken]));
    fake.settleLiveChanges.mockResolvedValueOnce({ status: 'done', open: 0, left: 1 });
    const user = userEvent.setup();
    render(<FolderChanges changed={1} />);
    const leave = await screen.findByRole('button', { name: 'Leave the files as they are' });
    expect(screen.getByText(/2026\/2026-11-19.md/)).toBeInTheDocument();
    expect(
      screen.getByText(/writes nothing over them, and they are not offered again until they change/),
    ).toBeVisible();
    expect(fake.settleLiveChanges).not.toHaveBeenCalled();
    await user.click(leave);
    await waitFor(() => expect(fake.settleLiveChanges).toHaveBeenCalledWith({ taken: [] }));
    expect(
      await screen.findByText(
        /Nothing was taken into your journal\. 1 file with problems was skipped\. 1 file stays in the folder as it is, with nothing written over it, and is not offered again until it changes\./,
      ),
    ).toBeVisible();
    expect(await getEntry('2026-11-19')).toEqual(mine);
  });

  it('let the user keep their days over a conflict, and leave the file as it is', async () => {
    const laptop = { ...mine, notes: 'The laptop’s version of the day.', revision: 7 };
    fake.readLiveChanges.mockResolvedValueOnce(loaded([{ name: '2026/2026-11-19.md', text: renderDayFile(laptop) }]));
    const user = userEvent.setup();
    render(<FolderChanges changed={1} />);
    await user.click(await screen.findByRole('button', { name: 'Leave the files as they are' }));
    await waitFor(() => expect(fake.settleLiveChanges).toHaveBeenCalledWith({ taken: [] }));
    expect(await getEntry('2026-11-19')).toEqual(mine);
  });

  it('bring in a weekly review and a decision.md edited in another app, never settling them unseen', async () => {
    const saved = await saveReview({ week: '2026-W47', question: 'week-repeat', answer: 'Mine.' }, null);
    if (saved.status !== 'saved') throw new Error('the review was not saved');
    await setDecisionDate('2099-01-05', '2099-01-01');
    const plan = await getDecisionPlan();
    if (!plan) throw new Error('no plan');
    // Edited by hand: the save times are still the ones Forkcast wrote.
    const files = [
      { name: '2026/2026-W47-review.md', text: renderReviewFile({ ...saved.review, answer: 'Edited in Obsidian.' }) },
      { name: 'decision.md', text: renderDecisionFile({ ...plan, decisionDate: '2099-02-01' }) },
    ];
    fake.readLiveChanges.mockResolvedValueOnce(loaded(files));
    const user = userEvent.setup();
    render(<FolderChanges changed={2} />);
    const apply = await screen.findByRole('button', { name: 'Import 1 weekly review and the decision plan' });
    expect(fake.settleLiveChanges).not.toHaveBeenCalled();
    await user.click(apply);
    await waitFor(() =>
      expect(fake.settleLiveChanges).toHaveBeenCalledWith({ taken: ['2026/2026-W47-review.md', 'decision.md'] }),
    );
    expect((await getReview('2026-W47'))?.answer).toBe('Edited in Obsidian.');
    expect((await getDecisionPlan())?.decisionDate).toBe('2099-02-01');
  });

  it('offer a sync tool’s conflict copy as a conflict of its day: keep mine or take theirs', async () => {
    const laptop = { ...mine, notes: 'The laptop’s version of the day.', revision: 7 };
    const name = '2026/2026-11-19.sync-conflict-20261121-093015-ABCDEF1.md';
    fake.readLiveChanges.mockResolvedValueOnce(loaded([{ name, text: renderDayFile(laptop) }]));
    const user = userEvent.setup();
    render(<FolderChanges changed={1} />);
    await user.click(await screen.findByRole('radio', { name: 'Take theirs' }));
    await user.click(screen.getByRole('button', { name: /Import/ }));
    await waitFor(() => expect(fake.settleLiveChanges).toHaveBeenCalledWith({ taken: [name] }));
    expect((await getEntry('2026-11-19'))?.notes).toBe('The laptop’s version of the day.');
  });

  it('cancelled, take nothing and settle nothing', async () => {
    const edited = { ...mine, notes: 'Edited in an editor.', revision: 9 };
    fake.readLiveChanges.mockResolvedValueOnce(loaded([{ name: '2026/2026-11-19.md', text: renderDayFile(edited) }]));
    const user = userEvent.setup();
    render(<FolderChanges changed={1} />);
    await user.click(await screen.findByRole('button', { name: /Cancel/ }));
    expect(await screen.findByRole('button', { name: 'Review the changes' })).toBeInTheDocument();
    expect(fake.settleLiveChanges).not.toHaveBeenCalled();
    expect(await getEntry('2026-11-19')).toEqual(mine);
  });
});
