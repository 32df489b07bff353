import { LockOptions } from './LockOptions';
import { lockController } from './lockSession';
import { LockSetup } from './LockSetup';
import { useLockView } from './useLock';

/** The Settings card for the lock: set one up, or change the one there is. */
export function LockSection() {
  const view = useLockView();
  if (view.status !== 'none' && view.status !== 'unlocked') return null;
  return (
    <section className="card lock-section" aria-labelledby="lock-heading">
      <h2 id="lock-heading">Lock</h2>
      {view.notice && (
        <p role="status" className="lock-notice">
          {view.notice}{' '}
          <button type="button" className="link-button" onClick={lockController.dismissNotice}>
            Dismiss
          </button>
        </p>
      )}
      {view.status === 'unlocked' ? (
        <LockOptions keyring={view.keyring} />
      ) : (
        <>
          <p>
            Anyone who can open this computer, or copy Forkcast’s folder, can read your journal. A passphrase encrypts
            it on this computer (AES-256), with no account and nothing sent anywhere; it asks for the passphrase when
            Forkcast starts, after a while without activity and when your computer locks.
          </p>
          <LockSetup />
        </>
      )}
    </section>
  );
}
