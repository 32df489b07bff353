// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { getEntry, putEntries } from '../../../renderer/src/data/entriesRepository';
import { setNoLock } from '../../../renderer/src/data/journalKey';
import { CaptureView } from '../../../renderer/src/habits/CaptureView';
import { goodDay } from '../../fixtures/entries';
import { freshJournal, lockJournal, lockNow, rawJournalText, startController } from '../lock/lockTestKit';
import { bridge } from '../portability/fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('../portability/fakeBridge'));

const TODAY = '2026-11-20';

beforeEach(freshJournal);
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

/** A journal with a day in it and the lock on, as a fresh page finds it: no key, and no lock state read yet. */
async function lockedJournal(): Promise<void> {
  await putEntries([goodDay('2026-11-19', { notes: 'Yesterday in the clear once.' })]);
  const { controller } = await startController();
  await lockJournal(controller);
  await lockNow(controller);
  controller.stop();
  // The quick-capture window is a page of its own: it starts knowing nothing of the lock.
  setNoLock();
}

describe('Quick capture', () => {
  it('saves the day kind and the line into today when the journal has no lock', async () => {
    bridge.closeQuickCapture.mockResolvedValue({ received: true });
    const user = userEvent.setup();
    render(<CaptureView today={TODAY} onDone={vi.fn()} />);
    await user.click(await screen.findByRole('radio', { name: /Good/ }));
    await user.type(screen.getByRole('textbox', { name: 'One line' }), 'Shipped the migration.{Enter}');
    await waitFor(() => expect(bridge.closeQuickCapture).toHaveBeenCalled());
    expect(await getEntry(TODAY)).toMatchObject({ dayKind: 'good', notes: 'Shipped the migration.' });
  });

  it('with the journal locked, says to unlock Forkcast first and opens the main window, writing nothing', async () => {
    await lockedJournal();
    const before = await rawJournalText();
    bridge.showMainWindow.mockResolvedValue({ received: true });
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(<CaptureView today={TODAY} onDone={onDone} />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Unlock Forkcast first');
    expect(screen.queryByRole('textbox')).toBeNull();
    const open = screen.getByRole('button', { name: 'Open Forkcast' });
    // Focus moves in an effect after the heading paints: wait for it, not for a timer.
    await waitFor(() => expect(document.activeElement).toBe(open));
    await user.click(open);
    expect(bridge.showMainWindow).toHaveBeenCalledTimes(1);
    expect(onDone).not.toHaveBeenCalled();
    expect(await rawJournalText()).toBe(before);
    expect(await db.entries.count()).toBe(1);
  });

  it('in a browser tab, Open Forkcast goes to Today in the same tab', async () => {
    await lockedJournal();
    // The browser bridge has no other window to show.
    bridge.showMainWindow.mockResolvedValue({ received: false });
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(<CaptureView today={TODAY} onDone={onDone} />);
    await user.click(await screen.findByRole('button', { name: 'Open Forkcast' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('when the lock goes on while it is open, refuses the line rather than write it in the clear', async () => {
    const user = userEvent.setup();
    render(<CaptureView today={TODAY} onDone={vi.fn()} />);
    await user.type(await screen.findByRole('textbox', { name: 'One line' }), 'Nobody should read this');
    const { controller } = await startController();
    await lockJournal(controller);
    await lockNow(controller);
    controller.stop();
    await screen.findByRole('heading', { name: 'Unlock Forkcast first' });
    expect(await db.entries.count()).toBe(0);
    expect(await rawJournalText()).not.toContain('Nobody should read this');
  });
});
