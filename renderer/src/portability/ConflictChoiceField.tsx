import type { ReactNode } from 'react';
import type { ConflictChoice } from '../../../shared';

interface Props {
  /** Names the radio pair; unique on the page. */
  name: string;
  legend: ReactNode;
  /** When each side was saved, or what the import adds. */
  note: string;
  choice: ConflictChoice;
  /** The label of the import's side: "Take theirs", or "Add theirs" for an import that adds. */
  take: string;
  onChoose: (choice: ConflictChoice) => void;
}

/** One thing the import and the journal disagree on (a day, a weekly review), with keep mine or take theirs. */
export function ConflictChoiceField({ name, legend, note, choice, take, onChoose }: Props) {
  return (
    <fieldset className="import-conflict">
      <legend>{legend}</legend>
      <p className="muted">{note}</p>
      <label>
        <input type="radio" name={name} checked={choice === 'mine'} onChange={() => onChoose('mine')} /> Keep mine
      </label>{' '}
      <label>
        <input type="radio" name={name} checked={choice === 'theirs'} onChange={() => onChoose('theirs')} /> {take}
      </label>
    </fieldset>
  );
}
