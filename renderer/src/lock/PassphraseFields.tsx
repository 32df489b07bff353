import { useId } from 'react';

interface Props {
  passphrase: string;
  repeated: string;
  onChange: (passphrase: string, repeated: string) => void;
  /** The label of the first field, e.g. "New passphrase". */
  label?: string;
  disabled?: boolean;
}

/** A new passphrase, typed twice. The policy's message is shown by the form that owns them. */
export function PassphraseFields({ passphrase, repeated, onChange, label = 'Passphrase', disabled }: Props) {
  const id = useId();
  return (
    <div className="passphrase-fields">
      <label htmlFor={`${id}-first`}>{label}</label>
      <input
        id={`${id}-first`}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value, repeated)}
      />
      <label htmlFor={`${id}-again`}>Type it again</label>
      <input
        id={`${id}-again`}
        type="password"
        autoComplete="new-password"
        value={repeated}
        disabled={disabled}
        onChange={(event) => onChange(passphrase, event.target.value)}
      />
    </div>
  );
}
