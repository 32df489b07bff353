// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { putEntries } from '../../../renderer/src/data/entriesRepository';
import { setNoLock } from '../../../renderer/src/data/journalKey';
import { setSetting } from '../../../renderer/src/data/settingsRepository';
import { LockGate } from '../../../renderer/src/lock/LockGate';
import { LockSection } from '../../../renderer/src/lock/LockSection';
import { LockController } from '../../../renderer/src/lock/lockController';
import { DataSection } from '../../../renderer/src/portability/DataSection';
import { goodDay } from '../../fixtures/entries';
import { bridge as fake } from '../portability/fakeBridge';
import { CHEAP_KDF, PASSPHRASE } from './lockTestKit';

vi.mock('../../../renderer/src/bridge/bridge', () => import('../portability/fakeBridge'));
/** The controller the app's screens use; each test starts a fresh one, with a cheap scrypt cost (they are about the screens). */
const session = vi.hoisted(() => ({ current: null as LockController | null }));
vi.mock('../../../renderer/src/lock/lockSession', async () => {
  const { memorySystemUnlock } = await import('./lockTestKit');
  const lockController = new Proxy({} as LockController, {
    get: (_target, property) => Reflect.get(session.current ?? {}, property),
  });
  return { lockController, systemUnlock: memorySystemUnlock() };
});

/** The journal with the lock gate around it, as the app renders it, and Settings' lock card inside. */
function renderJournal() {
  const user = userEvent.setup();
  render(
    <LockGate>
      <nav aria-label="Views">journal</nav>
      <LockSection />
      <DataSection />
    </LockGate>,
  );
  return user;
}

async function setPassphraseThroughSettings(user: ReturnType<typeof userEvent.setup>): Promise<string> {
  await user.click(await screen.findByRole('button', { name: 'Set a passphrase…' }));
  const form = screen.getByRole('form', { name: 'Set a passphrase' });
  await user.type(within(form).getByLabelText('Passphrase'), PASSPHRASE);
  await user.type(within(form).getByLabelText('Type it again'), PASSPHRASE);
  await user.click(within(form).getByRole('checkbox', { name: /I understand/ }));
  await user.click(within(form).getByRole('button', { name: 'Continue' }));
  const recoveryKey = (await screen.findByLabelText('Recovery key')).textContent ?? '';
  await user.click(screen.getByRole('checkbox', { name: 'I have printed or written down my recovery key' }));
  await user.click(screen.getByRole('button', { name: 'Lock my journal' }));
  await screen.findByText(/^Your journal is locked: /);
  return recoveryKey;
}

beforeEach(async () => {
  session.current?.stop();
  session.current = new LockController({ kdfCost: CHEAP_KDF });
  setNoLock();
  await db.delete();
  await db.open();
  await putEntries([goodDay('2026-11-20')]);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('setting a passphrase in Settings', () => {
  it('says what a lost passphrase means, checks the passphrase, shows the recovery key once, then locks', async () => {
    const user = renderJournal();
    await user.click(await screen.findByRole('button', { name: 'Set a passphrase…' }));
    const form = screen.getByRole('form', { name: 'Set a passphrase' });
    expect(form).toHaveTextContent('Without your passphrase or your recovery key, nobody can read this journal');
    await user.type(within(form).getByLabelText('Passphrase'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Continue' }));
    expect(form).toHaveTextContent('Use at least 8 characters.');
    await user.type(within(form).getByLabelText('Passphrase'), ' and longer');
    await user.type(within(form).getByLabelText('Type it again'), 'something else');
    await user.click(within(form).getByRole('button', { name: 'Continue' }));
    expect(form).toHaveTextContent('The two passphrases differ.');
    await user.clear(within(form).getByLabelText('Type it again'));
    await user.type(within(form).getByLabelText('Type it again'), 'short and longer');
    await user.click(within(form).getByRole('button', { name: 'Continue' }));
    expect(form).toHaveTextContent('Tick the box to say you understand.');
    expect(await db.keyring.count()).toBe(0);

    await user.click(within(form).getByRole('checkbox', { name: /I understand/ }));
    await user.click(within(form).getByRole('button', { name: 'Continue' }));
    const key = await screen.findByLabelText('Recovery key');
    expect(key.textContent).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    const lock = screen.getByRole('button', { name: 'Lock my journal' });
    expect(lock).toBeDisabled();
    // Still nothing stored: cancelling here leaves the journal as it was.
    expect(await db.keyring.count()).toBe(0);
    await user.click(screen.getByRole('checkbox', { name: 'I have printed or written down my recovery key' }));
    await user.click(lock);
    expect(
      await screen.findByText('Your journal is locked: 1 day and 0 activities of your own were encrypted.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Lock now' })).toBeVisible();
    // The export and the backup say what the lock means for them.
    expect(screen.getByText(/Exported files are plain text, not encrypted/)).toBeVisible();
    expect(screen.getByText(/the backup is encrypted with it/)).toBeVisible();
  });
});

describe('the unlock screen', () => {
  it('replaces the views while locked, says a wrong passphrase, and makes repeated tries wait', async () => {
    const user = renderJournal();
    await setPassphraseThroughSettings(user);
    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    const form = await screen.findByRole('form', { name: 'Unlock' });
    expect(screen.queryByRole('navigation', { name: 'Views' })).toBeNull();
    expect(screen.getByText('You locked the journal.')).toBeVisible();

    for (const guess of ['one', 'two']) {
      await user.type(within(form).getByLabelText('Passphrase'), guess);
      await user.click(within(form).getByRole('button', { name: 'Unlock' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('That passphrase does not open this journal.');
    }
    await user.type(within(form).getByLabelText('Passphrase'), 'three');
    await user.click(within(form).getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wait 5 seconds before trying again.');
    await user.type(within(form).getByLabelText('Passphrase'), PASSPHRASE);
    expect(within(form).getByRole('button', { name: 'Unlock' })).toBeDisabled();
    expect(await screen.findByText(/You can try again in \d second/)).toBeVisible();
  });

  it('opens with the recovery key, then asks for a new passphrase', async () => {
    const user = renderJournal();
    const recoveryKey = await setPassphraseThroughSettings(user);
    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    await user.click(await screen.findByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }));
    const form = screen.getByRole('form', { name: 'Unlock' });
    await user.type(within(form).getByLabelText('Recovery key'), recoveryKey);
    await user.click(within(form).getByRole('button', { name: 'Unlock' }));
    const next = await screen.findByRole('form', { name: 'New passphrase' });
    await user.type(within(next).getByLabelText('New passphrase'), 'a new phrase here');
    await user.type(within(next).getByLabelText('Type it again'), 'a new phrase here');
    await user.click(within(next).getByRole('button', { name: 'Save and open the journal' }));
    expect(await screen.findByRole('navigation', { name: 'Views' })).toBeVisible();
  });

  it('locks after the idle time the user chose, and when the desktop app says the computer locks', async () => {
    await setSetting('lockIdleMinutes', 1);
    // The idle check's interval and clock are faked from the start; everything else runs in real time.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const user = renderJournal();
    await setPassphraseThroughSettings(user);
    await act(async () => {
      vi.advanceTimersByTime(50_000);
    });
    expect(screen.queryByRole('form', { name: 'Unlock' })).toBeNull();
    await act(async () => {
      vi.advanceTimersByTime(15_000);
    });
    vi.useRealTimers();
    expect(await screen.findByText('Locked after 1 minute without activity.')).toBeVisible();

    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('navigation', { name: 'Views' });
    const [listener] = fake.onLockRequested.mock.calls.at(-1) ?? [];
    act(() => listener?.({ reason: 'suspend' }));
    expect(await screen.findByText('Locked because your computer locked or went to sleep.')).toBeVisible();
  });
});
