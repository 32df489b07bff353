import { useId } from 'react';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  /** A short mark shown beside the label, so a choice is never told by colour alone. */
  mark?: string;
  className?: string;
}

interface Props<T extends string | number> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T | null) => void;
  /** Lets a second click on the chosen option clear it. */
  clearable?: boolean;
  hideLegend?: boolean;
}

/** A row of radio buttons styled as a segmented control; native radios keep keyboard use and screen readers right. */
export function ChoiceGroup<T extends string | number>({
  legend,
  choices,
  value,
  onChange,
  clearable = true,
  hideLegend = false,
}: Props<T>) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      <div className="choice-options">
        {choices.map((choice) => {
          const checked = choice.value === value;
          return (
            <label
              key={String(choice.value)}
              className={`choice ${checked ? `checked ${choice.className ?? ''}` : ''}`}
            >
              <input
                type="radio"
                name={name}
                value={String(choice.value)}
                checked={checked}
                onChange={() => onChange(choice.value)}
                onClick={() => {
                  if (clearable && checked) onChange(null);
                }}
              />
              {choice.mark && (
                <span className="choice-mark" aria-hidden="true">
                  {choice.mark}
                </span>
              )}
              {choice.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
