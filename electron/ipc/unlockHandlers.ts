import type { UnlockSecretStore } from '../unlockSecretStore';
import type { VerbHandlers } from './registerVerbs';

type UnlockVerb = 'unlockSecretStatus' | 'saveUnlockSecret' | 'readUnlockSecret' | 'forgetUnlockSecret';

/** "Unlock with my computer account": main keeps the renderer's secret encrypted by the system, and hands it back. */
export function createUnlockHandlers(store: UnlockSecretStore): VerbHandlers<UnlockVerb> {
  return {
    unlockSecretStatus: () => store.status(),
    async saveUnlockSecret({ secret }) {
      try {
        await store.save(secret);
        return { status: 'done' };
      } catch (error) {
        return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },
    readUnlockSecret: () => store.read(),
    async forgetUnlockSecret() {
      try {
        await store.forget();
        return { status: 'done' };
      } catch {
        return { status: 'failed', message: 'Forkcast could not remove the key your computer account keeps.' };
      }
    },
  };
}
