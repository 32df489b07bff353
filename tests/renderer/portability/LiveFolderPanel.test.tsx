// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { deleteEntry, saveEntry } from '../../../renderer/src/data/entriesRepository';
import { LiveFolderPanel } from '../../../renderer/src/portability/LiveFolderPanel';
import { useLiveFolderMirror } from '../../../renderer/src/portability/useLiveFolder';
import { goodDay } from '../../fixtures/entries';
import { bridge as fake } from './fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('./fakeBridge'));

/** Settings as the open journal shows it: the mirror runs while the journal is open. */
function OpenJournal() {
  useLiveFolderMirror();
  return <LiveFolderPanel />;
}

const savedAnswer = {
  status: 'saved' as const,
  location: '/home/me/Journal',
  written: 1,
  unchanged: 0,
  removed: 0,
  conflicts: [],
  session: null,
  warnings: [],
};

afterEach(cleanup);
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.entries.bulkAdd([goodDay('2026-11-19')]);
});

describe('the live folder in Settings', () => {
  it('in a browser says it needs the desktop app, and offers nothing to click', async () => {
    fake.getLiveFolder.mockResolvedValueOnce({ status: 'unavailable', message: 'It needs the desktop app.' });
    render(<OpenJournal />);
    expect(await screen.findByText('It needs the desktop app.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('once chosen, writes the whole journal, then each save and each deletion of this window', async () => {
    fake.writeLiveFolder.mockResolvedValue(savedAnswer);
    fake.chooseLiveFolder.mockResolvedValueOnce({ status: 'on', folder: '/home/me/Journal' });
    const user = userEvent.setup();
    render(<OpenJournal />);
    await user.click(await screen.findByRole('button', { name: 'Choose a folder…' }));
    expect(await screen.findByText('/home/me/Journal')).toBeInTheDocument();
    await waitFor(() => expect(fake.writeLiveFolder).toHaveBeenCalledTimes(1));
    expect(fake.writeLiveFolder.mock.calls[0]?.[0]).toMatchObject({ full: true, entries: [{ date: '2026-11-19' }] });

    await saveEntry(goodDay('2026-11-20', { notes: 'Saved in Today.' }), null);
    await deleteEntry('2026-11-19');
    // Written after the pause in saving, as one write.
    await waitFor(() => expect(fake.writeLiveFolder).toHaveBeenCalledTimes(2), { timeout: 5_000 });
    expect(fake.writeLiveFolder.mock.calls[1]?.[0]).toMatchObject({
      full: false,
      entries: [{ date: '2026-11-20', notes: 'Saved in Today.' }],
      removed: ['2026-11-19'],
      index: [{ date: '2026-11-20' }],
    });
    expect(await screen.findByText(/Up to date at .*: 1 file written/)).toBeInTheDocument();
  });

  it('lists files left alone with the export’s choices, and turns off leaving the folder as it is', async () => {
    fake.getLiveFolder.mockResolvedValueOnce({ status: 'on', folder: '/home/me/Journal' });
    fake.writeLiveFolder.mockResolvedValueOnce({
      ...savedAnswer,
      written: 0,
      conflicts: [{ path: '2026/2026-11-19.md', date: '2026-11-19', reason: 'edited', sha256: 'b'.repeat(64) }],
      session: '11111111-2222-4333-8444-555555555555',
    });
    const user = userEvent.setup();
    render(<OpenJournal />);
    expect(await screen.findByText(/2026\/2026-11-19.md: changed since Forkcast wrote it/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Overwrite with mine' })).toBeInTheDocument();
    // Not "up to date" while a file holds something else than the journal.
    expect(screen.getByText(/^Nothing written at .*; 1 file left alone \(listed below\)\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/Up to date/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Stop writing into this folder' }));
    expect(await screen.findByText(/its files stay as they are/)).toBeInTheDocument();
    expect(fake.stopLiveFolder).toHaveBeenCalledOnce();
  });
});
