import { useState, type FormEvent } from 'react';
import { describeStorageError } from '../data/errors';
import { lockController } from './lockSession';
import { PassphraseFields } from './PassphraseFields';
import { passphraseProblem } from './passphrasePolicy';
import { RecoveryKeySheet } from './RecoveryKeySheet';

type Step =
  | { step: 'closed' }
  | { step: 'passphrase'; failure: string | null }
  | { step: 'preparing' }
  | { step: 'recovery'; recoveryKey: string; confirmed: boolean; failure: string | null };

/**
 * Setting a passphrase: what it means, the passphrase twice, then the
 * recovery key. Nothing is stored and no day changes until the user confirms
 * the recovery key is kept; then the lock gate shows the pass.
 */
export function LockSetup() {
  const [state, setState] = useState<Step>({ step: 'closed' });
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [tried, setTried] = useState(false);
  const problem =
    passphraseProblem(passphrase, repeated) ?? (understood ? null : 'Tick the box to say you understand.');

  const cancel = () => {
    lockController.discardPreparedLock();
    setPassphrase('');
    setRepeated('');
    setUnderstood(false);
    setTried(false);
    setState({ step: 'closed' });
  };

  const prepare = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem !== null) return;
    setState({ step: 'preparing' });
    try {
      const recoveryKey = await lockController.prepareLock(passphrase);
      setPassphrase('');
      setRepeated('');
      setState({ step: 'recovery', recoveryKey, confirmed: false, failure: null });
    } catch (error) {
      setState({ step: 'passphrase', failure: describeStorageError(error) });
    }
  };

  const confirm = async () => {
    if (state.step !== 'recovery' || !state.confirmed) return;
    try {
      // The lock gate takes over with the pass's progress, then the journal opens again.
      await lockController.confirmLock();
    } catch (error) {
      setState({ ...state, failure: describeStorageError(error) });
    }
  };

  if (state.step === 'closed') {
    return (
      <button type="button" onClick={() => setState({ step: 'passphrase', failure: null })}>
        Set a passphrase…
      </button>
    );
  }
  if (state.step === 'recovery') {
    return (
      <div className="lock-setup">
        <RecoveryKeySheet
          recoveryKey={state.recoveryKey}
          confirmed={state.confirmed}
          onConfirmedChange={(confirmed) => setState({ ...state, confirmed })}
        />
        <div className="row no-print">
          <button type="button" className="primary" disabled={!state.confirmed} onClick={() => void confirm()}>
            Lock my journal
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
        {state.failure && (
          <p role="alert" className="error-text">
            {state.failure}
          </p>
        )}
      </div>
    );
  }
  const preparing = state.step === 'preparing';
  return (
    <form className="lock-setup" aria-label="Set a passphrase" onSubmit={(event) => void prepare(event)}>
      <p className="lock-warning">
        <strong>Without your passphrase or your recovery key, nobody can read this journal</strong>: not you, not
        Forkcast, not anyone you ask. There is no reset and no account to recover it through.
      </p>
      <PassphraseFields
        passphrase={passphrase}
        repeated={repeated}
        disabled={preparing}
        onChange={(first, again) => {
          setPassphrase(first);
          setRepeated(again);
        }}
      />
      <label>
        <input
          type="checkbox"
          checked={understood}
          disabled={preparing}
          onChange={(event) => setUnderstood(event.target.checked)}
        />{' '}
        I understand that a forgotten passphrase and a lost recovery key mean a journal nobody can open
      </label>
      {tried && problem && <p className="error-text">{problem}</p>}
      {state.step === 'passphrase' && state.failure && (
        <p role="alert" className="error-text">
          {state.failure}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={preparing}>
          {preparing ? 'Preparing the lock…' : 'Continue'}
        </button>
        <button type="button" disabled={preparing} onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
