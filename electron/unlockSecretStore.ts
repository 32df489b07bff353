import { readFile, rm } from 'node:fs/promises';
import { unlockSecretSchema, type ReadUnlockSecretResponse, type UnlockSecretStatus } from '../shared/bridge';
import { describeFsError, writeFileAtomic } from './atomicWrite';

/** The part of Electron's safeStorage this uses: the asynchronous API, which Electron 45 recommends. */
export interface SafeStorageApi {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  getSelectedStorageBackend(): string;
}

export interface UnlockSecretStore {
  status(): Promise<UnlockSecretStatus>;
  /** Keeps the secret, encrypted by the system; throws an Error whose message a user can read. */
  save(secret: string): Promise<void>;
  read(): Promise<ReadUnlockSecretResponse>;
  forget(): Promise<void>;
}

const LINUX_NO_KEYRING =
  'This Linux desktop offers Forkcast no password keyring (such as GNOME Keyring or KWallet), so the key would be stored without real protection.';
const NO_STORE = 'Your system’s credential store is not available to Forkcast right now.';

/**
 * Keeps the "unlock with my computer account" secret in one file in the
 * app's profile, encrypted with safeStorage: the Keychain on macOS, DPAPI on
 * Windows, the desktop keyring on Linux. On Linux without a keyring,
 * safeStorage falls back to a fixed key ("basic_text"), which protects
 * nothing, so the option is refused there rather than offered in name only.
 */
export function createUnlockSecretStore(
  safeStorage: SafeStorageApi,
  file: string,
  platform: string,
): UnlockSecretStore {
  const status = async (): Promise<UnlockSecretStatus> => {
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return { available: false, reason: LINUX_NO_KEYRING };
    }
    return (await safeStorage.isAsyncEncryptionAvailable())
      ? { available: true }
      : { available: false, reason: NO_STORE };
  };

  const write = async (secret: string): Promise<void> => {
    await writeFileAtomic(file, await safeStorage.encryptStringAsync(secret));
  };

  return {
    status,

    async save(secret) {
      const parsed = unlockSecretSchema.safeParse(secret);
      if (!parsed.success) throw new Error('The key to keep was not valid; nothing was saved.');
      const available = await status();
      if (!available.available) throw new Error(available.reason);
      try {
        await write(parsed.data);
      } catch (error) {
        throw new Error(describeFsError(error), { cause: error });
      }
    },

    async read() {
      let encrypted: Buffer;
      try {
        encrypted = await readFile(file);
      } catch (error) {
        if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') {
          return { status: 'missing' };
        }
        return { status: 'failed', message: 'Forkcast could not read the key your computer account keeps.' };
      }
      const available = await status();
      if (!available.available) return { status: 'failed', message: available.reason };
      let decrypted: { shouldReEncrypt: boolean; result: string };
      try {
        decrypted = await safeStorage.decryptStringAsync(encrypted);
      } catch {
        return {
          status: 'failed',
          message:
            'Your computer account could not decrypt Forkcast’s key (was the profile copied from another account?). Unlock with your passphrase.',
        };
      }
      const secret = unlockSecretSchema.safeParse(decrypted.result);
      if (!secret.success)
        return {
          status: 'failed',
          message: 'The key your computer account keeps is damaged. Unlock with your passphrase.',
        };
      // The system rotated its key: store the secret again under the new one; the old copy still worked this time.
      if (decrypted.shouldReEncrypt) await write(secret.data).catch(() => undefined);
      return { status: 'found', secret: secret.data };
    },

    async forget() {
      await rm(file, { force: true });
    },
  };
}
