// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { getSetting } from '../../../renderer/src/data/settingsRepository';
import { ExportPanel } from '../../../renderer/src/portability/ExportPanel';
import type { ExportMarkdownResponse, ExportProgress } from '../../../shared';
import { goodDay } from '../../fixtures/entries';
import { bridge as fake, saved } from './fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('./fakeBridge'));

/** Holds the export open until the test answers it, as main does while it writes. */
function exportInFlight() {
  let answer: (response: ExportMarkdownResponse) => void = () => undefined;
  fake.exportMarkdown.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
  const unsubscribe = vi.fn();
  fake.onExportProgress.mockReturnValueOnce(unsubscribe);
  const sendProgress = (progress: ExportProgress) => {
    const [listener] = fake.onExportProgress.mock.calls.at(-1) ?? [];
    act(() => listener?.(progress));
  };
  return { answer: (response: ExportMarkdownResponse) => act(() => answer(response)), sendProgress, unsubscribe };
}

afterEach(cleanup);
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.entries.bulkAdd([goodDay('2026-11-19'), goodDay('2026-11-20')]);
});

describe('what the export promises', () => {
  it('in a browser: one zip download, replacing nothing on disk', async () => {
    render(<ExportPanel />);
    expect(await screen.findByText(/In this browser the export downloads as one zip/)).toBeInTheDocument();
  });

  it('in the desktop app: files it did not write, or that changed since, are left alone', async () => {
    fake.getAppInfo.mockResolvedValueOnce({ mode: 'electron', version: 'test', platform: 'linux' });
    render(<ExportPanel />);
    expect(await screen.findByText(/is left alone until you choose what happens to it/)).toBeInTheDocument();
  });
});

describe('export progress', () => {
  it('shows a determinate bar with counts while main reports progress', async () => {
    const { answer, sendProgress, unsubscribe } = exportInFlight();
    const user = userEvent.setup();
    render(<ExportPanel />);
    await user.click(screen.getByRole('button', { name: 'Export as markdown…' }));
    expect(await screen.findByText('Exporting 2 days…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).not.toHaveAttribute('value');

    sendProgress({ done: 1_234, total: 10_001 });
    expect(screen.getByRole('status')).toHaveTextContent('Exporting 1,234 of 10,001 files…');
    const bar = screen.getByRole('progressbar', { name: 'Export progress' });
    expect(bar).toHaveAttribute('value', '1234');
    expect(bar).toHaveAttribute('max', '10001');
    expect(screen.getByRole('button', { name: 'Export as markdown…' })).toBeDisabled();

    await answer({ ...saved, location: '/home/me/md', written: 3, unchanged: 0 });
    expect(await screen.findByText('Exported 2 days to /home/me/md.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('cancels the export in flight and says nothing half-written was left behind', async () => {
    const { answer, sendProgress, unsubscribe } = exportInFlight();
    fake.cancelExport.mockResolvedValueOnce({ cancelled: true });
    const user = userEvent.setup();
    render(<ExportPanel />);
    await user.click(screen.getByRole('button', { name: 'Export as markdown…' }));
    sendProgress({ done: 1, total: 3 });
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(fake.cancelExport).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Cancelling…' })).toBeDisabled();

    await answer({ status: 'cancelled' });
    expect(await screen.findByText('Export cancelled; nothing half-written was left behind.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
    expect(unsubscribe).toHaveBeenCalledOnce();
    expect(await getSetting('lastBackupAt')).toBeUndefined();
  });

  it('says nothing when the user only closes the folder dialog', async () => {
    const user = userEvent.setup();
    render(<ExportPanel />);
    await user.click(screen.getByRole('button', { name: 'Export as markdown…' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export as markdown…' })).toBeEnabled());
    expect(fake.exportMarkdown).toHaveBeenCalledOnce();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('lets the user try Cancel again when it could not be sent', async () => {
    const { answer } = exportInFlight();
    fake.cancelExport.mockRejectedValueOnce(new Error('This request did not come from the Forkcast window.'));
    const user = userEvent.setup();
    render(<ExportPanel />);
    await user.click(screen.getByRole('button', { name: 'Export as markdown…' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Cancel' })).toBeEnabled();
    await answer({ ...saved, location: '/home/me/md', written: 3, unchanged: 0 });
    expect(await screen.findByText('Exported 2 days to /home/me/md.')).toBeInTheDocument();
  });
});
