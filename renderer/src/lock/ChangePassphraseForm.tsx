import { useId, useState, type FormEvent } from 'react';
import { lockController } from './lockSession';
import { PassphraseFields } from './PassphraseFields';
import { passphraseProblem } from './passphrasePolicy';
import { ActionMessage, usePendingAction } from './usePendingAction';

/** The current passphrase, then the new one twice; only the one data key is rewrapped. */
export function ChangePassphraseForm() {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [tried, setTried] = useState(false);
  const { state, run } = usePendingAction();
  const problem = passphraseProblem(next, repeated);
  const working = state.status === 'working';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem !== null || current === '' || working) return;
    void run(async () => {
      await lockController.changePassphrase(current, next);
      setCurrent('');
      setNext('');
      setRepeated('');
      setTried(false);
      return 'Your passphrase is changed. Use the new one from now on; your recovery key still works.';
    });
  };

  return (
    <form className="lock-form" aria-label="Change passphrase" onSubmit={submit}>
      <label htmlFor={id}>Current passphrase</label>
      <input
        id={id}
        type="password"
        autoComplete="current-password"
        value={current}
        disabled={working}
        onChange={(event) => setCurrent(event.target.value)}
      />
      <PassphraseFields
        label="New passphrase"
        passphrase={next}
        repeated={repeated}
        disabled={working}
        onChange={(first, again) => {
          setNext(first);
          setRepeated(again);
        }}
      />
      {tried && (problem ?? (current === '' ? 'Type your current passphrase.' : null)) && (
        <p className="error-text">{problem ?? 'Type your current passphrase.'}</p>
      )}
      <button type="submit" disabled={working}>
        {working ? 'Changing…' : 'Change passphrase'}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
