// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { getSetting } from '../../../renderer/src/data/settingsRepository';
import { DataSection } from '../../../renderer/src/portability/DataSection';
import { BACKUP_VERSION, createBackup, parseBackup, type BackupData } from '../../../shared';
import { badDay, goodDay } from '../../fixtures/entries';
import { bridge as fake, saved } from './fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('./fakeBridge'));

const backupData: BackupData = {
  entries: [goodDay('2026-10-01'), badDay('2026-10-02')],
  customActivities: [
    { id: 'custom-board-prep', label: 'Board prep', lean: 'management', createdAt: '2026-01-01T00:00:00.000Z' },
  ],
  settings: [{ key: 'lastBackupAt', value: '2026-10-02T10:00:00.000Z' }],
  reviews: [],
};
const backupText = createBackup(backupData, new Date('2026-10-03T10:00:00.000Z'));

function openBackup(text: string) {
  fake.openBackup.mockResolvedValueOnce({ status: 'loaded', file: { name: 'backup.json', text } });
}

afterEach(cleanup);
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.entries.bulkAdd([goodDay('2026-11-20'), goodDay('2026-10-01', { notes: 'Newer words.' })]);
});

describe('backup', () => {
  it('saves a backup that parses back, and records when', async () => {
    fake.saveBackup.mockResolvedValueOnce({ status: 'saved', location: '/home/me/forkcast-backup.json' });
    const user = userEvent.setup();
    render(<DataSection />);
    await user.click(screen.getByRole('button', { name: 'Save a backup…' }));
    expect(await screen.findByText('Saved a backup of 2 days to /home/me/forkcast-backup.json.')).toBeInTheDocument();
    const [request] = fake.saveBackup.mock.calls.at(-1) ?? [];
    expect(request?.suggestedName).toMatch(/^forkcast-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseBackup(request?.text ?? '');
    expect(parsed.ok && 'backup' in parsed && parsed.backup.data.entries).toHaveLength(2);
    expect(await getSetting('lastBackupAt')).toBeDefined();
  });
});

describe('restore', () => {
  it('shows what the backup would replace, and replaces it all on confirmation', async () => {
    openBackup(backupText);
    const user = userEvent.setup();
    render(<DataSection />);
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const preview = await screen.findByRole('region', { name: 'Restore this backup?' });
    expect(preview).toHaveTextContent('holds 2 days (1 Oct 2026 to 2 Oct 2026), 1 activity of your own and 1 setting');
    expect(preview).toHaveTextContent('its 2 days and 0 activities of your own');
    expect(preview).toHaveTextContent('1 day in your journal is not in the backup and would be gone');
    await user.click(screen.getByRole('button', { name: 'Replace my journal with this backup' }));
    expect(await screen.findByText('Restored 2 days from the backup.')).toBeInTheDocument();
    expect(await db.entries.toArray()).toEqual(backupData.entries);
    expect(await db.customActivities.toArray()).toEqual(backupData.customActivities);
  });

  const tampered = backupText.replace('A calm day of design work.', 'A calm day of golf.');
  const newer = backupText.replace(`"version":${BACKUP_VERSION}`, `"version":${BACKUP_VERSION + 1}`);
  it.each([
    ['a truncated backup', backupText.slice(0, backupText.length / 2), 'cut short or damaged'],
    ['a tampered backup', tampered, 'does not match its checksum'],
    ['a backup from a newer version', newer, 'made by a newer version of Forkcast'],
    ['a JSON file of another kind', '{"entries": []}', 'not a Forkcast backup'],
  ])('refuses %s and changes nothing', async (_, text, reason) => {
    openBackup(text);
    const before = await db.entries.toArray();
    const user = userEvent.setup();
    render(<DataSection />);
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(reason);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was restored.');
    expect(screen.queryByRole('region', { name: 'Restore this backup?' })).not.toBeInTheDocument();
    expect(await db.entries.toArray()).toEqual(before);
  });
});

describe('export', () => {
  it('sends a date range to the bridge and records the export', async () => {
    fake.exportMarkdown.mockResolvedValueOnce({ ...saved, location: '/home/me/md', written: 2, unchanged: 0 });
    const user = userEvent.setup();
    render(<DataSection />);
    await user.click(screen.getByRole('radio', { name: 'From' }));
    await user.clear(screen.getByLabelText('First day'));
    await user.type(screen.getByLabelText('First day'), '2026-11-01');
    await user.clear(screen.getByLabelText('Last day'));
    await user.type(screen.getByLabelText('Last day'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Export as markdown…' }));
    expect(await screen.findByText('Exported 1 day to /home/me/md.')).toBeInTheDocument();
    const [request] = fake.exportMarkdown.mock.calls.at(-1) ?? [];
    expect(request?.range).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(request?.entries.map((entry) => entry.date)).toEqual(['2026-11-20']);
    expect(await getSetting('lastBackupAt')).toBeDefined();
  });

  it('says why when the export fails, and records nothing', async () => {
    fake.exportMarkdown.mockResolvedValueOnce({ status: 'failed', message: 'The disk is full.' });
    const user = userEvent.setup();
    render(<DataSection />);
    await user.click(screen.getByRole('button', { name: 'Export as markdown…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full.');
    expect(await getSetting('lastBackupAt')).toBeUndefined();
  });
});
