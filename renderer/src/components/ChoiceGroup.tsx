import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  /** The key that picks this choice on its view: announced, and shown as a key cap unless it is the label itself. */
  shortcut?: string;
  className?: string;
}

interface Props<T extends string | number> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T | null) => void;
  /** Names the button that unsets the choice (e.g. "Clear the day kind"); without it there is none. */
  clearLabel?: string;
  /** A short note beside the legend, such as which keys pick a choice. */
  hint?: ReactNode;
  hideLegend?: boolean;
}

/**
 * A segmented control: one Tab stop, arrow keys move between the options
 * without choosing, Space or Enter (or a click) chooses, and choosing the
 * chosen option again, Delete, or the Clear button unsets it. Selection does
 * not follow focus, so arrowing across the options never saves each one in
 * turn. Built as an ARIA radio group of buttons.
 */
export function ChoiceGroup<T extends string | number>({
  legend,
  choices,
  value,
  onChange,
  clearLabel,
  hint,
  hideLegend = false,
}: Props<T>) {
  const legendId = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [focused, setFocused] = useState<number | null>(null);
  const checkedIndex = choices.findIndex((choice) => choice.value === value);
  const tabStop = focused ?? Math.max(0, checkedIndex);

  const focusAt = (index: number) => buttons.current[(index + choices.length) % choices.length]?.focus();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = focused ?? tabStop;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        focusAt(at + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        focusAt(at - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(choices.length - 1);
        break;
      case 'Delete':
      case 'Backspace':
        if (value !== null) onChange(null);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="choice-group">
      <div className={hideLegend ? 'visually-hidden' : 'choice-head'}>
        <span id={legendId} className="choice-legend">
          {legend}
        </span>
        {hint && <span className="choice-hint muted">{hint}</span>}
      </div>
      <div className="choice-row">
        <div
          role="radiogroup"
          aria-labelledby={legendId}
          className="choice-options"
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setFocused(null);
          }}
        >
          {choices.map((choice, index) => {
            const checked = index === checkedIndex;
            return (
              <button
                key={String(choice.value)}
                ref={(element) => {
                  buttons.current[index] = element;
                }}
                type="button"
                role="radio"
                aria-checked={checked}
                aria-keyshortcuts={choice.shortcut}
                tabIndex={index === tabStop ? 0 : -1}
                className={`choice ${checked ? `checked ${choice.className ?? ''}` : ''}`}
                onFocus={() => setFocused(index)}
                onClick={() => onChange(checked ? null : choice.value)}
              >
                {choice.shortcut && choice.shortcut !== choice.label && (
                  <kbd className="choice-key" aria-hidden="true">
                    {choice.shortcut}
                  </kbd>
                )}
                {choice.label}
              </button>
            );
          })}
        </div>
        {clearLabel && value !== null && (
          <button
            type="button"
            className="choice-clear"
            aria-label={clearLabel}
            onClick={() => {
              onChange(null);
              focusAt(0);
            }}
          >
            Clear
          </button>
        )}
      </div>
    </div>
  );
}
