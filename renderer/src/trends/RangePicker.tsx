import { useState } from 'react';
import { shiftDate, type LocalDate } from '../../../shared';
import { customRangeProblem, RANGE_PRESETS, type RangeChoice } from '../../../shared/trends';

interface Props {
  choice: RangeChoice;
  today: LocalDate;
  onChange: (choice: RangeChoice) => void;
}

const presetId = (choice: RangeChoice) => (choice.kind === 'last' ? `last-${choice.days}` : choice.kind);

/** The range selector: presets as a segmented control, and two dates for a range of one's own. */
export function RangePicker({ choice, today, onChange }: Props) {
  const [from, setFrom] = useState(choice.kind === 'custom' ? choice.from : shiftDate(today, -89));
  const [to, setTo] = useState(choice.kind === 'custom' ? choice.to : today);
  const [editing, setEditing] = useState(choice.kind === 'custom');
  const problem = customRangeProblem(from, to, today);
  const selected = editing ? 'custom' : presetId(choice);

  return (
    <div className="range-picker">
      <div className="range-presets" role="group" aria-label="Range">
        {RANGE_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            aria-pressed={selected === preset.id}
            onClick={() => {
              setEditing(false);
              onChange(preset.choice);
            }}
          >
            {preset.label}
          </button>
        ))}
        <button type="button" aria-pressed={selected === 'custom'} onClick={() => setEditing(true)}>
          Custom…
        </button>
      </div>
      {editing && (
        <form
          className="range-custom"
          onSubmit={(event) => {
            event.preventDefault();
            if (!problem) onChange({ kind: 'custom', from, to });
          }}
        >
          <label>
            From <input type="date" value={from} max={today} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label>
            To <input type="date" value={to} max={today} onChange={(event) => setTo(event.target.value)} />
          </label>
          <button type="submit" disabled={problem !== null}>
            Show
          </button>
          {problem && <span className="muted">{problem}</span>}
        </form>
      )}
    </div>
  );
}
