import { useState, type FormEvent } from 'react';
import type { LockView } from './lockController';
import { lockController } from './lockSession';
import { PassphraseFields } from './PassphraseFields';
import { passphraseProblem } from './passphrasePolicy';

/** After the recovery key opened the journal: a new passphrase replaces the forgotten one. */
export function NewPassphraseScreen({ view }: { view: Extract<LockView, { status: 'new-passphrase' }> }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [tried, setTried] = useState(false);
  const problem = passphraseProblem(passphrase, repeated);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem === null && !view.busy) void lockController.setNewPassphrase(passphrase);
  };

  return (
    <main className="lock-screen" aria-labelledby="new-passphrase-heading">
      <h1 id="new-passphrase-heading">Choose a new passphrase</h1>
      <p className="muted">
        Your recovery key opened the journal. Choose a new passphrase for every day after this one; your recovery key
        keeps working too.
      </p>
      <form className="lock-form" aria-label="New passphrase" onSubmit={submit}>
        <PassphraseFields
          label="New passphrase"
          passphrase={passphrase}
          repeated={repeated}
          disabled={view.busy}
          onChange={(first, again) => {
            setPassphrase(first);
            setRepeated(again);
          }}
        />
        {tried && problem && <p className="error-text">{problem}</p>}
        <button type="submit" className="primary" disabled={view.busy}>
          {view.busy ? 'Saving…' : 'Save and open the journal'}
        </button>
      </form>
      {view.message && (
        <p role="alert" className="error-text">
          {view.message}
        </p>
      )}
    </main>
  );
}
