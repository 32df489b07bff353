import { useId, useState, type FormEvent } from 'react';

interface Props {
  busy: boolean;
  message: string | null;
  onUnlock: (typed: string) => void;
  onCancel: () => void;
}

/** A locked backup asks for the passphrase it was saved with, or its recovery key, before it shows anything. */
export function LockedBackupForm({ busy, message, onUnlock, onCancel }: Props) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed !== '' && !busy) onUnlock(typed);
  };
  return (
    <form className="restore-preview" aria-label="Open the encrypted backup" onSubmit={submit}>
      <p>
        This backup is encrypted. Type the passphrase the journal had when the backup was saved, or its recovery key.
      </p>
      <label htmlFor={id}>Passphrase or recovery key</label>{' '}
      <input
        id={id}
        type="password"
        autoComplete="off"
        value={typed}
        disabled={busy}
        onChange={(event) => setTyped(event.target.value)}
      />
      <div className="row">
        <button type="submit" className="primary" disabled={busy || typed === ''}>
          {busy ? 'Opening…' : 'Open the backup'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {message && (
        <p role="alert" className="error-text">
          {message}
        </p>
      )}
    </form>
  );
}
