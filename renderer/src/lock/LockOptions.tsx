import { useState } from 'react';
import type { Keyring } from '../../../shared';
import { IDLE_LOCK_CHOICES, setSetting } from '../data/settingsRepository';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { lockController } from './lockSession';
import { PassphraseCheckForm } from './PassphraseCheckForm';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import { ActionMessage, usePendingAction } from './usePendingAction';
import { useIdleMinutes, useSystemUnlockStatus } from './useLock';

/** A new recovery key, shown once; the old one stops working. */
function RenewRecoveryKey() {
  const { state, run } = usePendingAction();
  const [fresh, setFresh] = useState<string | null>(null);
  const [kept, setKept] = useState(false);
  if (fresh) {
    return (
      <div>
        <RecoveryKeySheet recoveryKey={fresh} confirmed={kept} onConfirmedChange={setKept} />
        <button type="button" disabled={!kept} onClick={() => setFresh(null)}>
          Done
        </button>
      </div>
    );
  }
  return (
    <PassphraseCheckForm
      label="New recovery key"
      submitLabel="Make a new recovery key"
      state={state}
      onSubmit={(passphrase) =>
        void run(async () => {
          setFresh(await lockController.renewRecoveryKey(passphrase));
          setKept(false);
          return 'Your old recovery key no longer works.';
        })
      }
    >
      <p className="muted">Lost the paper? A new key replaces it, and the old one stops working.</p>
    </PassphraseCheckForm>
  );
}

/** "Unlock with my computer account", with what it protects against and what it does not. */
function SystemUnlockOption({ keyring }: { keyring: Keyring }) {
  const status = useSystemUnlockStatus();
  const { state, run } = usePendingAction();
  const explanation = (
    <p className="muted">
      Your operating system keeps a key for this journal in your account’s credential store (the Keychain, Windows’
      protected storage or your desktop’s keyring), so one click unlocks it. That still protects the journal if the disk
      or the Forkcast folder is copied, or another account on this computer reads it. It does not protect it from anyone
      who can use your account while it is signed in: they can click too.
    </p>
  );
  if (status === null) return null;
  if (!status.available) {
    return (
      <>
        {explanation}
        <p className="muted">Not available here: {status.reason}</p>
      </>
    );
  }
  if (keyring.system) {
    return (
      <div className="lock-form">
        {explanation}
        <p>Your computer account can unlock this journal.</p>
        <button
          type="button"
          disabled={state.status === 'working'}
          onClick={() =>
            void run(async () => {
              await lockController.disableSystemUnlock();
              return 'Only your passphrase or recovery key unlocks the journal now.';
            })
          }
        >
          Stop unlocking with my computer account
        </button>
        <ActionMessage state={state} />
      </div>
    );
  }
  return (
    <PassphraseCheckForm
      label="Unlock with my computer account"
      submitLabel="Let my computer account unlock it"
      state={state}
      onSubmit={(passphrase) =>
        void run(async () => {
          await lockController.enableSystemUnlock(passphrase);
          return 'Done: the unlock screen offers your computer account from now on.';
        })
      }
    >
      {explanation}
    </PassphraseCheckForm>
  );
}

/** Settings of a locked journal: lock now, the idle time, and every change to the lock. */
export function LockOptions({ keyring }: { keyring: Keyring }) {
  const idleMinutes = useIdleMinutes();
  const { state: offState, run: runOff } = usePendingAction();
  return (
    <div className="lock-options">
      <p>
        Your journal is encrypted on this computer. It locks after a while without activity and, in the desktop app,
        when your computer locks or sleeps.
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={() => lockController.lock('manual')}>
          Lock now
        </button>
        <label>
          Lock after{' '}
          <select
            value={idleMinutes}
            onChange={(event) =>
              void setSetting('lockIdleMinutes', Number(event.target.value) as (typeof IDLE_LOCK_CHOICES)[number])
            }
          >
            {IDLE_LOCK_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minute{minutes === 1 ? '' : 's'}
              </option>
            ))}
          </select>{' '}
          without activity
        </label>
      </div>
      <details>
        <summary>Change passphrase</summary>
        <ChangePassphraseForm />
      </details>
      <details>
        <summary>New recovery key</summary>
        <RenewRecoveryKey />
      </details>
      <details>
        <summary>Unlock with my computer account</summary>
        <SystemUnlockOption keyring={keyring} />
      </details>
      <details>
        <summary>Turn the lock off</summary>
        <PassphraseCheckForm
          label="Turn the lock off"
          submitLabel="Decrypt my journal"
          state={offState}
          onSubmit={(passphrase) =>
            void runOff(async () => {
              await lockController.turnOff(passphrase);
              return '';
            })
          }
        >
          <p className="muted">
            Every day is decrypted and stored in the clear again, readable to anyone who can open the Forkcast folder.
          </p>
        </PassphraseCheckForm>
      </details>
    </div>
  );
}
