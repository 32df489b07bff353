// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { ForkcastBridge } from '../../../shared';
import { validatingBridge } from '../../../renderer/src/bridge/bridge';

function fakePreload(answer: unknown): ForkcastBridge {
  const call = vi.fn(async () => answer);
  return {
    getAppInfo: call,
    exportMarkdown: call,
    importMarkdown: call,
    saveBackup: call,
    openBackup: call,
    saveBrief: call,
    printBriefToPdf: call,
  } as unknown as ForkcastBridge;
}

describe('validatingBridge', () => {
  it('passes on answers that match the contract', async () => {
    const bridge = validatingBridge(fakePreload({ status: 'saved', location: '/home/me/backup.json' }));
    await expect(bridge.saveBackup({ suggestedName: 'backup.json', text: '{}' })).resolves.toEqual({
      status: 'saved',
      location: '/home/me/backup.json',
    });
  });

  it('refuses an answer from main that does not match the contract', async () => {
    const bridge = validatingBridge(fakePreload({ status: 'weird' }));
    await expect(bridge.openBackup()).rejects.toThrow();
    await expect(validatingBridge(fakePreload({ mode: 'electron' })).getAppInfo()).rejects.toThrow();
  });
});
