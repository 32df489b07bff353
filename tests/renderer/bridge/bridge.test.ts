// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { type ExportProgress, type ForkcastBridge } from '../../../shared';
import { validatingBridge } from '../../../renderer/src/bridge/bridge';

function fakePreload(answer: unknown) {
  const call = vi.fn(async () => answer);
  /** What the preload's listeners receive; a test sends main's progress through it. */
  const progressListeners = new Set<(progress: unknown) => void>();
  const preload = {
    getAppInfo: call,
    exportMarkdown: call,
    cancelExport: call,
    onExportProgress: (listener: (progress: unknown) => void) => {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    importMarkdown: call,
    saveBackup: call,
    openBackup: call,
    saveBrief: call,
    printBriefToPdf: call,
  } as unknown as ForkcastBridge;
  const sendProgress = (progress: unknown) => progressListeners.forEach((listener) => listener(progress));
  return { preload, sendProgress, progressListeners };
}

describe('validatingBridge', () => {
  it('passes on answers that match the contract', async () => {
    const bridge = validatingBridge(fakePreload({ status: 'saved', location: '/home/me/backup.json' }).preload);
    await expect(bridge.saveBackup({ suggestedName: 'backup.json', text: '{}' })).resolves.toEqual({
      status: 'saved',
      location: '/home/me/backup.json',
    });
    await expect(validatingBridge(fakePreload({ cancelled: true }).preload).cancelExport()).resolves.toEqual({
      cancelled: true,
    });
  });

  it('refuses an answer from main that does not match the contract', async () => {
    const bridge = validatingBridge(fakePreload({ status: 'weird' }).preload);
    await expect(bridge.openBackup()).rejects.toThrow();
    await expect(bridge.cancelExport()).rejects.toThrow();
    await expect(validatingBridge(fakePreload({ mode: 'electron' }).preload).getAppInfo()).rejects.toThrow();
  });

  it('lets a backup over the markdown file limit through (12 MB, about 10,000 days)', async () => {
    const text = `{"journal":"${'a'.repeat(12 * 1024 * 1024)}"}`;
    const bridge = validatingBridge(fakePreload({ status: 'loaded', file: { name: 'backup.json', text } }).preload);
    await expect(bridge.openBackup()).resolves.toMatchObject({ status: 'loaded', file: { name: 'backup.json' } });
  });
});

describe('validatingBridge onExportProgress', () => {
  it('passes progress through to the listener until unsubscribed', () => {
    const { preload, sendProgress, progressListeners } = fakePreload(undefined);
    const listener = vi.fn<(progress: ExportProgress) => void>();
    const unsubscribe = validatingBridge(preload).onExportProgress(listener);
    sendProgress({ done: 1_234, total: 10_001 });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ done: 1_234, total: 10_001 });
    unsubscribe();
    expect(progressListeners.size).toBe(0);
  });

  it.each([
    ['more done than total', { done: 11, total: 10 }],
    ['a negative count', { done: -1, total: 10 }],
    ['a fraction', { done: 1.5, total: 10 }],
    ['text', { done: '1', total: '10' }],
    ['a missing total', { done: 1 }],
    ['nothing', undefined],
  ])('drops malformed progress (%s) instead of passing it on', (_name, progress) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { preload, sendProgress } = fakePreload(undefined);
    const listener = vi.fn();
    validatingBridge(preload).onExportProgress(listener);
    sendProgress(progress);
    expect(listener).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith('Forkcast: ignored malformed export progress', expect.any(Array));
  });
});
