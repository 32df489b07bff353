import { forwardRef, useId, useState, type KeyboardEvent } from 'react';
import { foldText, type Activity } from '../../../shared';
import { LEAN_TAGS } from './activityText';

interface Props {
  /** Every activity the day could add: the catalog and the user's own, minus those already in the day. */
  activities: readonly Activity[];
  onPick: (id: string) => void;
  /** Starts the user's own activity with this name. */
  onCreate: (label: string) => void;
  shortcut: string;
}

type Option = { kind: 'activity'; activity: Activity } | { kind: 'create'; label: string };

/** Activities whose name or hint holds every word typed, names that start with it first. */
function matching(activities: readonly Activity[], text: string): Activity[] {
  const words = foldText(text).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [...activities];
  const found = activities.filter((activity) => {
    const haystack = foldText(`${activity.label} ${activity.hint}`);
    return words.every((word) => haystack.includes(word));
  });
  const starts = (activity: Activity) => foldText(activity.label).startsWith(words[0] ?? '');
  return [...found.filter(starts), ...found.filter((activity) => !starts(activity))];
}

/**
 * "Add an activity": a combobox that filters every activity as the user
 * types, so the catalog stays out of sight until it is wanted. Arrow keys
 * move through the list, Enter adds, Escape closes; a name that matches
 * nothing can become an activity of the user's own.
 */
export const ActivitySearch = forwardRef<HTMLInputElement, Props>(function ActivitySearch(
  { activities, onPick, onCreate, shortcut },
  inputRef,
) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const found = matching(activities, text);
  const trimmed = text.trim();
  const exact = found.some((activity) => foldText(activity.label) === foldText(trimmed));
  const options: Option[] = [
    ...found.map((activity) => ({ kind: 'activity' as const, activity })),
    ...(trimmed && !exact ? [{ kind: 'create' as const, label: trimmed }] : []),
  ];
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (option: Option | undefined) => {
    if (!option) return;
    setText('');
    setActive(0);
    if (option.kind === 'activity') onPick(option.activity.id);
    else {
      setOpen(false);
      onCreate(option.label);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        if (!open) setOpen(true);
        else setActive((activeIndex + 1) % Math.max(1, options.length));
        break;
      case 'ArrowUp':
        setActive((activeIndex - 1 + options.length) % Math.max(1, options.length));
        break;
      case 'Enter':
        if (!open || options.length === 0) return;
        choose(options[activeIndex]);
        break;
      case 'Escape':
        if (open) setOpen(false);
        else setText('');
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="activity-search">
      <label htmlFor={`${id}-input`}>
        Add an activity{' '}
        <kbd className="shortcut" aria-hidden="true">
          {shortcut}
        </kbd>
      </label>
      <div className="activity-search-box">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && options.length > 0 ? optionId(activeIndex) : undefined}
          aria-keyshortcuts="Control+K Meta+K"
          autoComplete="off"
          placeholder="Type to find one, or a new name to add your own"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {open && (
          <ul role="listbox" id={`${id}-list`} aria-label="Activities" className="activity-options">
            {options.length === 0 && (
              <li className="activity-option muted" role="presentation">
                Every activity is already in the day.
              </li>
            )}
            {options.map((option, index) => (
              <li
                key={option.kind === 'activity' ? option.activity.id : 'create'}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={`activity-option ${index === activeIndex ? 'active' : ''}`}
                // Keeps focus in the input, so the list stays open for the next pick.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
                onMouseMove={() => index !== activeIndex && setActive(index)}
              >
                {option.kind === 'activity' ? (
                  <>
                    <span>{option.activity.label}</span>
                    <span className={`activity-lean lean-${option.activity.lean}`}>
                      {LEAN_TAGS[option.activity.lean]}
                    </span>
                  </>
                ) : (
                  <span>Add “{option.label}” as your own activity…</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
});
