// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { getSetting, setSetting } from '../../../renderer/src/data/settingsRepository';
import { BackupReminder } from '../../../renderer/src/portability/BackupReminder';
import { goodDay } from '../../fixtures/entries';
import { bridge as fake } from './fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('./fakeBridge'));

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();

afterEach(cleanup);
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.entries.add(goodDay('2026-01-05', { createdAt: daysAgo(45) }));
});

const reminder = () => screen.findByRole('complementary', { name: 'Backup reminder' });

describe('BackupReminder', () => {
  it('appears after 30 days without a backup, once a month', async () => {
    render(<BackupReminder />);
    expect(await reminder()).toHaveTextContent('a month without a backup');
    await vi.waitFor(async () => expect(await getSetting('backupReminderShownAt')).toBeDefined());
    cleanup();

    render(<BackupReminder />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).not.toBeInTheDocument();
  });

  it('stays away after a recent backup or export', async () => {
    await setSetting('lastBackupAt', daysAgo(3));
    render(<BackupReminder />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).not.toBeInTheDocument();
  });

  it('stays away from a journal younger than 30 days', async () => {
    await db.entries.clear();
    await db.entries.add(goodDay('2026-01-05', { createdAt: daysAgo(5) }));
    render(<BackupReminder />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).not.toBeInTheDocument();
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
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).not.toBeInTheDocument();
  });
});
