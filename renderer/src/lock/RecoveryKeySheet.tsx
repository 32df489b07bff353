import { useEffect, useState } from 'react';

interface Props {
  recoveryKey: string;
  /** Called with true once the user says it is written down or printed. */
  onConfirmedChange: (confirmed: boolean) => void;
  confirmed: boolean;
}

/**
 * The recovery key, shown this once: to copy, print or write down. Printing
 * marks the page so the print stylesheet shows this sheet alone.
 */
export function RecoveryKeySheet({ recoveryKey, confirmed, onConfirmedChange }: Props) {
  const [copy, setCopy] = useState<string | null>(null);

  useEffect(() => {
    const done = () => delete document.body.dataset.print;
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);

  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopy('Copied. Paste it somewhere that is not this computer, then clear your clipboard.');
    } catch {
      setCopy('Copying was refused here; select the key and copy it, or write it down.');
    }
  };

  const print = () => {
    document.body.dataset.print = 'recovery-key';
    window.print();
  };

  return (
    <div className="recovery-sheet">
      <h3>Your recovery key</h3>
      <p>
        If you forget your passphrase, this key opens the journal. It is shown only now. Print it or write it down, and
        keep it away from this computer.
      </p>
      <output className="recovery-key" aria-label="Recovery key">
        {recoveryKey}
      </output>
      <p className="print-only">Forkcast recovery key, made {new Date().toLocaleDateString()}.</p>
      <div className="row no-print">
        <button type="button" onClick={() => void copyKey()}>
          Copy
        </button>
        <button type="button" onClick={print}>
          Print…
        </button>
      </div>
      {copy && (
        <p role="status" className="muted no-print">
          {copy}
        </p>
      )}
      <label className="no-print">
        <input type="checkbox" checked={confirmed} onChange={(event) => onConfirmedChange(event.target.checked)} /> I
        have printed or written down my recovery key
      </label>
    </div>
  );
}
