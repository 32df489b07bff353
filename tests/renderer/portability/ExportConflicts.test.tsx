// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { getEntry } from '../../../renderer/src/data/entriesRepository';
import { ExportPanel } from '../../../renderer/src/portability/ExportPanel';
import { renderDayFile, type ExportConflict } from '../../../shared';
import { goodDay } from '../../fixtures/entries';
import { bridge as fake, saved } from './fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('./fakeBridge'));
vi.mock('../../../renderer/src/portability/importWorkerClient', () => import('./inlineImportWorker'));

const SESSION = '6f1c1a2e-0d6b-4c47-9d0e-2f1f6f0a9b11';
const conflict = (date: string | null, reason: ExportConflict['reason'] = 'edited'): ExportConflict => ({
  path: date ? `${date.slice(0, 4)}/${date}.md` : 'index.md',
  date,
  reason,
  sha256: 'a'.repeat(64),
});
const edited = conflict('2026-11-19');
const theirsOnly = conflict('2026-11-20', 'unknown');
const index = conflict(null, 'unknown');
const mine = goodDay('2026-11-19');

afterEach(cleanup);
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.entries.bulkAdd([mine, goodDay('2026-11-20')]);
});

async function exportWith(conflicts: ExportConflict[]) {
  fake.exportMarkdown.mockResolvedValueOnce({
    ...saved,
    location: '/home/me/Journal',
    written: 1,
    unchanged: 0,
    conflicts,
    session: SESSION,
    warnings: ['The folder’s record of what Forkcast wrote could not be used.'],
  });
  const user = userEvent.setup();
  render(<ExportPanel />);
  await user.click(screen.getByRole('button', { name: 'Export as markdown…' }));
  const section = await screen.findByRole('region', { name: 'Files left alone' });
  return { user, section };
}

describe('files the export left alone', () => {
  it('are listed with why, after the counts and any warning', async () => {
    const { section } = await exportWith([edited, theirsOnly, index]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Exported 2 days to /home/me/Journal. 1 file written, 0 files already up to date, 3 files left alone.',
    );
    expect(screen.getByText('The folder’s record of what Forkcast wrote could not be used.')).toBeInTheDocument();
    expect(
      within(section).getByRole('group', { name: '2026/2026-11-19.md: changed since Forkcast wrote it' }),
    ).toBeInTheDocument();
    const indexRow = within(section).getByRole('group', { name: /^index\.md: not written by Forkcast/ });
    // index.md holds no day, so there is no change of theirs to take.
    expect(within(indexRow).queryByRole('radio', { name: 'Take their change' })).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Apply these choices' })).toBeDisabled();
  });

  it('are overwritten with mine when chosen, by session and path, and the list shrinks', async () => {
    const { user, section } = await exportWith([edited, theirsOnly]);
    fake.overwriteConflicts.mockResolvedValueOnce({ status: 'done', done: 1, conflicts: [theirsOnly], problem: null });
    const row = within(section).getByRole('group', { name: /2026-11-19/ });
    await user.click(within(row).getByRole('radio', { name: 'Overwrite with mine' }));
    await user.click(within(section).getByRole('button', { name: 'Apply these choices' }));
    expect(fake.overwriteConflicts).toHaveBeenCalledWith({ session: SESSION, paths: ['2026/2026-11-19.md'] });
    expect(await within(section).findByText('Overwrote 1 file with your journal’s version.')).toBeInTheDocument();
    expect(within(section).queryByRole('group', { name: /2026-11-19/ })).not.toBeInTheDocument();
    expect(within(section).getByRole('group', { name: /2026-11-20/ })).toBeInTheDocument();
    expect(fake.readConflictFiles).not.toHaveBeenCalled();
  });

  it('say so when a file changed again before it could be overwritten', async () => {
    const { user, section } = await exportWith([edited]);
    const again = { ...edited, sha256: 'b'.repeat(64) };
    fake.overwriteConflicts.mockResolvedValueOnce({
      status: 'done',
      done: 0,
      conflicts: [again],
      problem: 'One file was changed again since you chose, so it is listed again.',
    });
    await user.click(within(section).getByRole('button', { name: 'Overwrite all with mine' }));
    await user.click(within(section).getByRole('button', { name: 'Apply these choices' }));
    expect(
      await within(section).findByText(/One file was changed again since you chose, so it is listed again\./),
    ).toBeInTheDocument();
    expect(within(section).getByRole('group', { name: /2026-11-19/ })).toBeInTheDocument();
  });

  it('take their change through the import preview, then let Forkcast update those files', async () => {
    const { user, section } = await exportWith([edited, index]);
    const theirs = { ...mine, notes: 'Edited in Obsidian.', revision: mine.revision, updatedAt: mine.updatedAt };
    fake.readConflictFiles.mockResolvedValueOnce({
      status: 'loaded',
      source: '/home/me/Journal',
      files: [{ name: edited.path, text: renderDayFile(theirs) }],
      refused: [],
    });
    fake.recordConflictsTaken.mockResolvedValueOnce({ status: 'done', done: 1, conflicts: [index], problem: null });
    await user.click(within(section).getByRole('button', { name: 'Take all their changes' }));
    await user.click(within(section).getByRole('button', { name: 'Apply these choices' }));
    expect(fake.readConflictFiles).toHaveBeenCalledWith({ session: SESSION, paths: [edited.path] });
    const preview = await within(section).findByRole('region', { name: 'Before importing' });
    await user.click(within(preview).getByRole('button', { name: 'Import 1 day' }));
    expect(
      await within(section).findByText(
        'Imported 1 day, replacing 1 day in your journal. The next export will update 1 file in the folder to match.',
      ),
    ).toBeInTheDocument();
    expect(fake.recordConflictsTaken).toHaveBeenCalledWith({ session: SESSION, paths: [edited.path] });
    expect((await getEntry(mine.date))?.notes).toBe('Edited in Obsidian.');
    expect(within(section).queryByRole('group', { name: /2026-11-19/ })).not.toBeInTheDocument();
    expect(fake.overwriteConflicts).not.toHaveBeenCalled();
  });

  it('leave a file whose change the user kept out of the journal as a conflict', async () => {
    await db.entries.put({ ...mine, notes: 'Changed here too.', revision: 5 });
    const { user, section } = await exportWith([edited]);
    fake.readConflictFiles.mockResolvedValueOnce({
      status: 'loaded',
      source: '/home/me/Journal',
      files: [{ name: edited.path, text: renderDayFile({ ...mine, notes: 'Edited in Obsidian.' }) }],
      refused: [],
    });
    await user.click(within(section).getByRole('radio', { name: 'Take their change' }));
    await user.click(within(section).getByRole('button', { name: 'Apply these choices' }));
    const preview = await within(section).findByRole('region', { name: 'Before importing' });
    // The journal's day changed since, so the preview asks again, and the user keeps theirs out.
    expect(within(preview).getByRole('radio', { name: 'Keep mine' })).toBeChecked();
    expect(within(preview).getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
    expect(fake.recordConflictsTaken).not.toHaveBeenCalled();
  });
});

describe('an export that stopped part-way', () => {
  it('says how many files were written and lists those that were not', async () => {
    fake.exportMarkdown.mockResolvedValueOnce({
      status: 'partial',
      location: '/home/me/Journal',
      message: 'The disk is full. Free some space and try again.',
      written: 1,
      notWritten: ['2026/2026-11-20.md', 'index.md'],
    });
    const user = userEvent.setup();
    render(<ExportPanel />);
    await user.click(screen.getByRole('button', { name: 'Export as markdown…' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The export stopped part-way: The disk is full. Free some space and try again. 1 of 3 files were written; the other 2 still hold what they held before, or do not exist yet. No file is half-written.',
    );
    await user.click(within(alert).getByText('2 files not written'));
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['2026/2026-11-20.md', 'index.md']);
  });
});
