import type { Page } from 'playwright-core';
import { expect } from './fixtures';
import { openView } from './views';

/** The steps of the lock as a user takes them, for the lock's own tests and the accessibility check. */

export const PASSPHRASE = 'copper kettle harbour';

export const unlockForm = (page: Page) => page.getByRole('form', { name: 'Unlock' });

export const lockedNotice = (page: Page) => page.getByRole('status').filter({ hasText: /^Your journal is locked: / });

interface SetPassphraseSteps {
  /** Runs while the filled form is shown, before Continue. */
  onForm?: () => Promise<void>;
  /** Runs while the recovery key is shown and acknowledged, before "Lock my journal". */
  onRecoveryKey?: () => Promise<void>;
}

/** Sets a passphrase from Settings and keeps the recovery key, which it returns; the pass then runs. */
export async function setPassphrase(page: Page, steps: SetPassphraseSteps = {}): Promise<string> {
  await openView(page, 'Settings');
  await page.getByRole('button', { name: 'Set a passphrase…' }).click();
  const form = page.getByRole('form', { name: 'Set a passphrase' });
  expect(await form.textContent()).toContain(
    'Without your passphrase or your recovery key, nobody can read this journal',
  );
  await form.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await form.getByLabel('Type it again').fill(PASSPHRASE);
  await form.getByRole('checkbox', { name: /I understand/ }).check();
  await steps.onForm?.();
  await form.getByRole('button', { name: 'Continue' }).click();
  const recoveryKey =
    (await page
      .getByRole('status', { name: 'Recovery key' })
      .or(page.locator('.recovery-key'))
      .first()
      .textContent()) ?? '';
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
  await page.getByRole('checkbox', { name: 'I have printed or written down my recovery key' }).check();
  await steps.onRecoveryKey?.();
  await page.getByRole('button', { name: 'Lock my journal' }).click();
  return recoveryKey;
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  await unlockForm(page).getByLabel('Passphrase').fill(passphrase);
  await unlockForm(page).getByRole('button', { name: 'Unlock' }).click();
}
