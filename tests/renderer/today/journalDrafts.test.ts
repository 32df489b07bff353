import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomBytes } from '../../../renderer/src/crypto/bytes';
import { importAesKey } from '../../../renderer/src/crypto/envelope';
import { RowOpener } from '../../../renderer/src/data/sealedRows';
import type { KeyState } from '../../../renderer/src/data/journalKey';
import { webDraftStore, type PendingDraft } from '../../../renderer/src/today/draftStore';
import { JournalDrafts } from '../../../renderer/src/today/journalDrafts';
import { goodDay } from '../../fixtures/entries';
import { memoryStorage } from './memoryDrafts';

const DATE = '2026-11-20';
const draft = (notes: string): PendingDraft => ({ entry: goodDay(DATE, { notes }), baseRevision: null });

const unlocked = (key: CryptoKey): KeyState => ({ status: 'unlocked', keyId: 'k', key, opener: new RowOpener(key) });
const newKey = () => importAesKey(randomBytes(32));
const storedText = (area: Map<string, string>) => [...area.values()].join('\n');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('write-ahead drafts under the lock', () => {
  it('without a lock, are plain copies as before', () => {
    const { storage, area } = memoryStorage();
    const drafts = new JournalDrafts(() => storage);
    expect(drafts.write(DATE, draft('the reorg rumour'))).toBe(true);
    expect(drafts.read(DATE)).toEqual(draft('the reorg rumour'));
    expect(storedText(area)).toContain('the reorg rumour');
    expect(drafts.dates()).toEqual([DATE]);
  });

  it('while unlocked, are read and written at once and stored sealed a moment later', async () => {
    const { storage, area } = memoryStorage();
    const key = await newKey();
    const drafts = new JournalDrafts(() => storage);
    drafts.follow(unlocked(key));
    await drafts.open(key);
    expect(drafts.write(DATE, draft('the reorg rumour'))).toBe(true);
    expect(drafts.read(DATE)).toEqual(draft('the reorg rumour'));
    await drafts.settled();
    expect(area.size).toBe(1);
    expect(storedText(area)).not.toContain('reorg');

    // The next page load, unlocked with the same key, finds the copy.
    const reloaded = new JournalDrafts(() => storage);
    reloaded.follow(unlocked(key));
    expect(reloaded.read(DATE)).toBeNull();
    await reloaded.open(key);
    expect(reloaded.read(DATE)).toEqual(draft('the reorg rumour'));
    expect(reloaded.dates()).toEqual([DATE]);
  });

  it('seal the plain copies left from before the lock when the journal opens', async () => {
    const { storage, area } = memoryStorage();
    webDraftStore(() => storage).write(DATE, draft('typed before the lock'));
    const key = await newKey();
    const drafts = new JournalDrafts(() => storage);
    drafts.follow(unlocked(key));
    await drafts.open(key);
    await drafts.settled();
    expect(drafts.read(DATE)).toEqual(draft('typed before the lock'));
    expect(storedText(area)).not.toContain('typed before');
  });

  it('are gone from memory while locked, and nothing can be written', async () => {
    const { storage, area } = memoryStorage();
    const key = await newKey();
    const drafts = new JournalDrafts(() => storage);
    drafts.follow(unlocked(key));
    await drafts.open(key);
    drafts.write(DATE, draft('the reorg rumour'));
    await drafts.settled();
    drafts.follow({ status: 'locked', keyId: 'k' });
    expect(drafts.read(DATE)).toBeNull();
    expect(drafts.dates()).toEqual([]);
    expect(drafts.write(DATE, draft('typed while locked'))).toBe(false);
    expect(area.size).toBe(1);
    expect(storedText(area)).not.toContain('typed while locked');
  });

  it('go back to the clear when the lock is turned off', async () => {
    const { storage } = memoryStorage();
    const key = await newKey();
    const drafts = new JournalDrafts(() => storage);
    drafts.follow(unlocked(key));
    await drafts.open(key);
    drafts.write(DATE, draft('kept through the change'));
    await drafts.settled();
    drafts.follow({ status: 'none' });
    expect(webDraftStore(() => storage).read(DATE)).toEqual(draft('kept through the change'));
    expect(drafts.read(DATE)).toEqual(draft('kept through the change'));
  });

  it('never store a copy that was cleared or replaced while it was being sealed', async () => {
    const { storage, area } = memoryStorage();
    const key = await newKey();
    const drafts = new JournalDrafts(() => storage);
    drafts.follow(unlocked(key));
    await drafts.open(key);
    drafts.write(DATE, draft('first'));
    drafts.clear(DATE);
    await drafts.settled();
    expect(area.size).toBe(0);

    drafts.write(DATE, draft('first'));
    drafts.write(DATE, draft('second'));
    await drafts.settled();
    const reloaded = new JournalDrafts(() => storage);
    reloaded.follow(unlocked(key));
    await reloaded.open(key);
    expect(reloaded.read(DATE)).toEqual(draft('second'));
  });

  it('drop a copy sealed with another key, saying so', async () => {
    const { storage, area } = memoryStorage();
    const drafts = new JournalDrafts(() => storage);
    const old = await newKey();
    drafts.follow(unlocked(old));
    await drafts.open(old);
    drafts.write(DATE, draft('from another journal'));
    await drafts.settled();

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const key = await newKey();
    const other = new JournalDrafts(() => storage);
    other.follow(unlocked(key));
    await other.open(key);
    expect(other.read(DATE)).toBeNull();
    expect(area.size).toBe(0);
    expect(warn).toHaveBeenCalledWith(`Forkcast: dropped an unreadable draft of ${DATE}`);
  });
});
