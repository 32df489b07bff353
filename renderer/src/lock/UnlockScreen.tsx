import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LockReason, LockView } from './lockController';
import { lockController } from './lockSession';
import { describeWait } from './unlockDelay';
import { useCountdown } from './useCountdown';
import { useIdleMinutes, useSystemUnlockStatus } from './useLock';

const REASONS: Record<LockReason, (idleMinutes: number) => string> = {
  start: () => 'Your journal is encrypted. Type your passphrase to open it.',
  manual: () => 'You locked the journal.',
  idle: (minutes) => `Locked after ${minutes} minute${minutes === 1 ? '' : 's'} without activity.`,
  system: () => 'Locked because your computer locked or went to sleep.',
  elsewhere: () => 'The lock was changed in another Forkcast window.',
};

/** Shown instead of the views while the journal is locked. */
export function UnlockScreen({ view }: { view: Extract<LockView, { status: 'locked' }> }) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const idleMinutes = useIdleMinutes();
  const system = useSystemUnlockStatus();
  const waitMs = useCountdown(view.retryAt);
  const input = useRef<HTMLInputElement>(null);
  const waiting = waitMs > 0;

  // The cursor goes back to the field after every try.
  useEffect(() => {
    if (!view.busy) input.current?.focus();
  }, [view.busy, mode]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (secret === '' || view.busy || waiting) return;
    // A passphrase is cleared after a try; a recovery key stays, since a typo in it is easier to fix than retype.
    void lockController
      .unlock(mode === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret })
      .then(() => mode === 'passphrase' && setSecret(''));
  };

  const switchMode = () => {
    setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
    setSecret('');
  };

  return (
    <main className="lock-screen" aria-labelledby="unlock-heading">
      <img src="./icon.svg" alt="" width="48" height="48" />
      <h1 id="unlock-heading">Forkcast is locked</h1>
      <p className="muted">{REASONS[view.reason](idleMinutes)}</p>
      <form className="lock-form" aria-label="Unlock" onSubmit={submit}>
        <label htmlFor="unlock-secret">{mode === 'passphrase' ? 'Passphrase' : 'Recovery key'}</label>
        <input
          id="unlock-secret"
          ref={input}
          className={mode === 'recovery' ? 'recovery-input' : undefined}
          type={mode === 'passphrase' ? 'password' : 'text'}
          autoComplete={mode === 'passphrase' ? 'current-password' : 'off'}
          spellCheck={false}
          placeholder={mode === 'recovery' ? 'XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX' : undefined}
          value={secret}
          disabled={view.busy}
          onChange={(event) => setSecret(event.target.value)}
        />
        <button type="submit" className="primary" disabled={view.busy || waiting || secret === ''}>
          {view.busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
      {view.busy && (
        <p role="status" className="muted">
          Checking the {mode === 'passphrase' ? 'passphrase' : 'recovery key'}…
        </p>
      )}
      {view.message && (
        <p role="alert" className="error-text">
          {view.message}
        </p>
      )}
      {waiting && <p className="muted">You can try again in {describeWait(waitMs)}.</p>}
      <div className="lock-alternatives">
        {view.systemSlot && system?.available && (
          <button type="button" disabled={view.busy} onClick={() => void lockController.unlockWithSystem()}>
            Unlock with my computer account
          </button>
        )}
        <button type="button" className="link-button" onClick={switchMode}>
          {mode === 'passphrase' ? 'Forgot your passphrase? Use your recovery key' : 'Use my passphrase instead'}
        </button>
      </div>
    </main>
  );
}
