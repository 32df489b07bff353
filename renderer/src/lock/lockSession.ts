import { bridge } from '../bridge/bridge';
import { LockController } from './lockController';
import type { SystemUnlockPort } from './systemUnlock';

/** The bridge's verbs as the lock controller's port to the computer account's credential store. */
const systemUnlock: SystemUnlockPort = {
  availability: () => bridge.unlockSecretStatus(),
  async save(secret) {
    const saved = await bridge.saveUnlockSecret({ secret });
    if (saved.status === 'failed') throw new Error(saved.message);
  },
  async read() {
    const read = await bridge.readUnlockSecret();
    if (read.status === 'failed') throw new Error(read.message);
    return read.status === 'found' ? read.secret : null;
  },
  async forget() {
    const forgotten = await bridge.forgetUnlockSecret();
    if (forgotten.status === 'failed') throw new Error(forgotten.message);
  },
};

/** The lock of this window: one controller, started by the lock gate once the journal is open. */
export const lockController = new LockController({ system: systemUnlock });

export { systemUnlock };
