import {
  HIGHLIGHT_KINDS,
  stripControlChars,
  type Entry,
  type HighlightKindId,
  type Motive,
  type Stage,
  type WorstDayAnswer,
} from '../../../shared';
import { ChoiceGroup, type Choice } from '../components/ChoiceGroup';

const STAGE_CHOICES: readonly Choice<Stage>[] = [
  { value: 'framing', label: 'Framing the problem' },
  { value: 'shaping', label: 'Shaping the solution' },
  { value: 'executing', label: 'Executing a chosen plan' },
];

const WORST_DAY_CHOICES: readonly Choice<WorstDayAnswer>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'unsure', label: 'Not sure' },
  { value: 'no', label: 'No' },
];

const HIGHLIGHT_CHOICES: readonly Choice<HighlightKindId>[] = HIGHLIGHT_KINDS.map((kind) => ({
  value: kind.id,
  label: kind.label,
}));

const MOTIVE_CHOICES: readonly Choice<Motive>[] = [
  { value: 'leverage', label: 'What it lets me change' },
  { value: 'status', label: 'The title and the team size' },
  { value: 'both', label: 'Honestly, both' },
];

interface Props {
  entry: Entry;
  showMotive: boolean;
  onChange: (change: (entry: Entry) => Entry) => void;
}

/** The structured signals of a day: timing, best moment, worst-hour test (bad days) and motive check. */
export function DaySignals({ entry, showMotive, onChange }: Props) {
  // Asked on bad days, the only days the analysis counts it on (DESIGN.md). A day that holds answers but is no
  // longer bad keeps showing them, with why they are not counted, so nothing stored is hidden.
  const answered = entry.worstDay.management !== null || entry.worstDay.architecture !== null;
  const isBad = entry.dayKind === 'bad';
  const showWorstDay = isBad || answered;
  return (
    <section className="card signals" aria-labelledby="signals-heading">
      <h2 id="signals-heading">The shape of the day</h2>
      <ChoiceGroup
        legend="When did you join the day’s main conversation?"
        choices={STAGE_CHOICES}
        value={entry.timing}
        clearLabel="Clear the timing"
        onChange={(timing) => onChange((current) => ({ ...current, timing }))}
      />
      <div className="highlight">
        <ChoiceGroup
          legend="Best moment"
          choices={HIGHLIGHT_CHOICES}
          value={entry.highlight.kind}
          clearLabel="Clear the best moment’s kind"
          onChange={(kind) => onChange((current) => ({ ...current, highlight: { ...current.highlight, kind } }))}
        />
        <label className="stacked">
          <span>What happened?</span>
          <input
            type="text"
            value={entry.highlight.text}
            onChange={(event) => {
              const text = stripControlChars(event.target.value);
              onChange((current) => ({ ...current, highlight: { ...current.highlight, text } }));
            }}
          />
        </label>
      </div>
      {showWorstDay && (
        <div className="worst-day">
          <p>
            <strong>The worst-hour test.</strong> If most days were like today’s worst hour, would you still take the
            role?
          </p>
          {!isBad && (
            <p className="muted">
              These answers count only on a bad day. Mark the day bad, or clear them if they no longer apply.
            </p>
          )}
          <ChoiceGroup
            legend="Engineering manager"
            choices={WORST_DAY_CHOICES}
            value={entry.worstDay.management}
            clearLabel="Clear the engineering manager answer"
            onChange={(management) =>
              onChange((current) => ({ ...current, worstDay: { ...current.worstDay, management } }))
            }
          />
          <ChoiceGroup
            legend="Architect"
            choices={WORST_DAY_CHOICES}
            value={entry.worstDay.architecture}
            clearLabel="Clear the architect answer"
            onChange={(architecture) =>
              onChange((current) => ({ ...current, worstDay: { ...current.worstDay, architecture } }))
            }
          />
        </div>
      )}
      {showMotive && (
        <ChoiceGroup
          legend="Motive check: what draws you to the next role?"
          choices={MOTIVE_CHOICES}
          value={entry.motive}
          clearLabel="Clear the motive"
          onChange={(motive) => onChange((current) => ({ ...current, motive }))}
        />
      )}
    </section>
  );
}
