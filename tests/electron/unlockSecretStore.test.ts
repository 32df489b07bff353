import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUnlockSecretStore } from '../../electron/unlockSecretStore';
import { createFakeSafeStorage } from './fakes/fakeElectron';

const SECRET = Buffer.alloc(32, 7).toString('base64');

let folder: string;
let file: string;
let safeStorage: ReturnType<typeof createFakeSafeStorage>;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'forkcast-unlock-'));
  file = path.join(folder, 'unlock-key.bin');
  safeStorage = createFakeSafeStorage();
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('the computer-account unlock secret', () => {
  it('is kept encrypted by the system, readable only to this user, and read back', async () => {
    const store = createUnlockSecretStore(safeStorage, file, 'darwin');
    await expect(store.status()).resolves.toEqual({ available: true });
    await store.save(SECRET);
    const kept = await readFile(file);
    expect(kept.toString()).not.toContain(SECRET);
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledWith(SECRET);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    await expect(store.read()).resolves.toEqual({ status: 'found', secret: SECRET });
  });

  it('is refused on Linux without a keyring, where safeStorage would use a fixed key', async () => {
    safeStorage.backend = 'basic_text';
    const store = createUnlockSecretStore(safeStorage, file, 'linux');
    await expect(store.status()).resolves.toEqual({
      available: false,
      reason: expect.stringContaining('no password keyring'),
    });
    await expect(store.save(SECRET)).rejects.toThrow('no password keyring');
    await expect(stat(file)).rejects.toThrow();
    // Other systems report no Linux backend; only Linux is judged by it.
    await expect(createUnlockSecretStore(safeStorage, file, 'win32').status()).resolves.toEqual({ available: true });
  });

  it('is refused when the system store is not available', async () => {
    safeStorage.available = false;
    const store = createUnlockSecretStore(safeStorage, file, 'win32');
    await expect(store.status()).resolves.toMatchObject({ available: false });
    await expect(store.save(SECRET)).rejects.toThrow('not available');
  });

  it('refuses anything but a 32-byte secret', async () => {
    const store = createUnlockSecretStore(safeStorage, file, 'darwin');
    await expect(store.save('short')).rejects.toThrow('not valid');
    await expect(store.save('../../etc/passwd')).rejects.toThrow('not valid');
    await expect(stat(file)).rejects.toThrow();
  });

  it('reports a missing, undecryptable or damaged file without throwing', async () => {
    const store = createUnlockSecretStore(safeStorage, file, 'darwin');
    await expect(store.read()).resolves.toEqual({ status: 'missing' });
    await writeFile(file, 'copied from another account');
    await expect(store.read()).resolves.toMatchObject({
      status: 'failed',
      message: expect.stringContaining('could not decrypt'),
    });
    await writeFile(file, `sealed:${Buffer.from('not a secret').toString('base64')}`);
    await expect(store.read()).resolves.toMatchObject({
      status: 'failed',
      message: expect.stringContaining('damaged'),
    });
  });

  it('stores the secret again when the system has rotated its key', async () => {
    const store = createUnlockSecretStore(safeStorage, file, 'darwin');
    await store.save(SECRET);
    safeStorage.rotated = true;
    await expect(store.read()).resolves.toEqual({ status: 'found', secret: SECRET });
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledTimes(2);
  });

  it('forgets the secret, and forgetting twice is fine', async () => {
    const store = createUnlockSecretStore(safeStorage, file, 'darwin');
    await store.save(SECRET);
    await store.forget();
    await store.forget();
    await expect(store.read()).resolves.toEqual({ status: 'missing' });
  });
});
