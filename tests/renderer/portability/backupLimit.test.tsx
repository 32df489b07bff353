// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { getSetting } from '../../../renderer/src/data/settingsRepository';
import { BackupPanel } from '../../../renderer/src/portability/BackupPanel';
import type * as Shared from '../../../shared';
import { goodDay } from '../../fixtures/entries';
import { bridge as fake } from './fakeBridge';

// A real journal past 256 MB is too large for a unit test; a 1 MB limit shows the same rule.
vi.mock('../../../shared', async (importOriginal) => {
  const shared = await importOriginal<typeof Shared>();
  return { ...shared, LIMITS: { ...shared.LIMITS, backupBytes: 1024 * 1024 } };
});
vi.mock('../../../renderer/src/bridge/bridge', () => import('./fakeBridge'));

afterEach(cleanup);
beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the backup size limit', () => {
  it('saves nothing that restore could not open again, and says why', async () => {
    await db.entries.bulkAdd([goodDay('2026-11-19', { notes: 'é'.repeat(600_000) }), goodDay('2026-11-20')]);
    const user = userEvent.setup();
    render(<BackupPanel />);
    await user.click(screen.getByRole('button', { name: 'Save a backup…' }));
    // 600,000 characters of 'é' fit in 1 MB as characters, but not as UTF-8 bytes (1.2 MB).
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The backup would be 2 MB, more than the 1 MB Forkcast can restore, so it was not saved.',
    );
    expect(fake.saveBackup).not.toHaveBeenCalled();
    expect(await getSetting('lastBackupAt')).toBeUndefined();
  });
});
