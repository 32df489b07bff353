// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { loadReminderState, recordReminderShown } from '../../../renderer/src/data/portabilityRepository';
import { getSetting, setSetting } from '../../../renderer/src/data/settingsRepository';
import { BackupReminder } from '../../../renderer/src/portability/BackupReminder';
import { goodDay } from '../../fixtures/entries';
import { bridge as fake } from './fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('./fakeBridge'));
// The real repository, watched: the reminder decides once its state is read, which is what tests wait for.
vi.mock('../../../renderer/src/data/portabilityRepository', { spy: true });

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();

afterEach(cleanup);
beforeEach(async () => {
  vi.clearAllMocks();
  await db.delete();
  await db.open();
  await db.entries.add(goodDay('2026-01-05', { createdAt: daysAgo(45) }));
});

const reminder = () => screen.findByRole('complementary', { name: 'Backup reminder' });
const shownReminder = () => screen.queryByRole('complementary', { name: 'Backup reminder' });

/** Waits until the reminder rendered last has read its state and decided, with React's updates applied. */
async function decided(): Promise<void> {
  const read = vi.mocked(loadReminderState).mock.results.at(-1);
  if (!read) throw new Error('The reminder never read its state.');
  await act(async () => {
    await read.value;
  });
}

describe('BackupReminder', () => {
  it('appears after 30 days without a backup, once a month', async () => {
    render(<BackupReminder />);
    expect(await reminder()).toHaveTextContent('a month without a backup');
    // Showing it was recorded, so the next Today within a month stays quiet.
    await vi.mocked(recordReminderShown).mock.results[0]?.value;
    cleanup();

    render(<BackupReminder />);
    await decided();
    expect(loadReminderState).toHaveBeenCalledTimes(2);
    expect(shownReminder()).not.toBeInTheDocument();
  });

  it('stays away after a recent backup or export', async () => {
    await setSetting('lastBackupAt', daysAgo(3));
    render(<BackupReminder />);
    await decided();
    expect(shownReminder()).not.toBeInTheDocument();
  });

  it('stays away from a journal younger than 30 days', async () => {
    await db.entries.clear();
    await db.entries.add(goodDay('2026-01-05', { createdAt: daysAgo(5) }));
    render(<BackupReminder />);
    await decided();
    expect(shownReminder()).not.toBeInTheDocument();
  });

  it('can be dismissed, or used to save a backup at once', async () => {
    fake.saveBackup.mockResolvedValueOnce({ status: 'saved', location: 'Downloads/forkcast-backup.json' });
    const user = userEvent.setup();
    render(<BackupReminder />);
    await reminder();
    await user.click(screen.getByRole('button', { name: 'Save a backup now' }));
    expect(await screen.findByText('Saved a backup of 1 day to Downloads/forkcast-backup.json.')).toBeInTheDocument();
    expect(await getSetting('lastBackupAt')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(shownReminder()).not.toBeInTheDocument();
  });
});
