import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ActionState } from './usePendingAction';
import { ActionMessage } from './usePendingAction';

interface Props {
  /** What the form is for, as its accessible name. */
  label: string;
  submitLabel: string;
  state: ActionState;
  onSubmit: (passphrase: string) => void;
  children?: ReactNode;
}

/** One passphrase typed again to confirm a change to the lock: a new recovery key, the computer account, turning it off. */
export function PassphraseCheckForm({ label, submitLabel, state, onSubmit, children }: Props) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const working = state.status === 'working';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '' || working) return;
    onSubmit(passphrase);
    setPassphrase('');
  };
  return (
    <form className="lock-form" aria-label={label} onSubmit={submit}>
      {children}
      <label htmlFor={id}>Your passphrase</label>
      <input
        id={id}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        disabled={working}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <button type="submit" disabled={working || passphrase === ''}>
        {working ? 'Working…' : submitLabel}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
