import { useState } from 'react';
import { experimentSpan, FOCUS_WORDS, formatDate, type Experiment, type LocalDate } from '../../../shared';
import { capitalise, type ExperimentReading, type TrendsData } from '../../../shared/trends';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { deleteExperiment } from '../data/decisionRepository';
import { describeStorageError } from '../data/errors';
import { ExperimentForm } from './ExperimentForm';
import './decision.css';
import { useDecisionPlan } from './useDecisionPlan';

interface Props {
  today: LocalDate;
  /** The trends on screen, whose comparisons give each experiment's verdict; null while they load. */
  data: TrendsData | null;
  /** True while newer trends are on their way (a change to the plan is being compared). */
  stale?: boolean;
}

/** Whether a reading is of this experiment as it is stored now, not as it was before a change. */
const sameExperiment = (reading: ExperimentReading, experiment: Experiment) =>
  reading.start === experiment.start &&
  reading.end === experiment.end &&
  reading.focus === experiment.focus &&
  reading.label === experiment.label;

type Editing = { kind: 'new' } | { kind: 'change'; experiment: Experiment } | null;

/** Where an experiment stands, in words: planned, or the verdict of the trends on screen. */
function ExperimentStatus({
  experiment,
  reading,
  today,
  data,
  stale,
}: {
  experiment: Experiment;
  reading: ExperimentReading | undefined;
  today: LocalDate;
  data: TrendsData | null;
  stale: boolean;
}) {
  if (experiment.start > today) {
    return <p className="muted">Planned: starts on {formatDate(experiment.start, 'weekdayDate')}.</p>;
  }
  if (!data || (!reading && stale)) return <p className="muted">Comparing it with the weeks before it…</p>;
  if (!reading) {
    return <p className="muted">Outside the range on screen: choose a range that includes it to see how it went.</p>;
  }
  const asOf = data.range.to < today ? ` (as of ${formatDate(data.range.to, 'date')}, where the range ends)` : '';
  return (
    <>
      <p>
        <strong className={`experiment-verdict experiment-verdict-${reading.verdict}`}>
          {capitalise(reading.title)}
          {asOf}
        </strong>
        : {reading.sentence}
      </p>
      <details>
        <summary>The days behind it</summary>
        <p className="muted">{reading.basis}</p>
      </details>
    </>
  );
}

/**
 * On Trends: the experiments of the decision plan, each with its verdict
 * from the trends on screen; plan one, change its dates, or delete it.
 */
export function ExperimentsCard({ today, data, stale = false }: Props) {
  const plan = useDecisionPlan();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Experiment | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  if (plan === undefined) return null;
  const experiments = plan?.experiments ?? [];
  const others = editing?.kind === 'change' ? experiments.filter((item) => item !== editing.experiment) : experiments;

  const remove = (experiment: Experiment) => {
    setDeleting(null);
    deleteExperiment(experiment.start).then(
      () => setMessage({ error: false, text: `Experiment “${experiment.label}” deleted.` }),
      (failure: unknown) => setMessage({ error: true, text: describeStorageError(failure) }),
    );
  };

  return (
    <section className="card experiments-card" aria-labelledby="experiments-heading">
      <h2 id="experiments-heading">Experiments</h2>
      <p className="muted">
        Set aside a period for more people work or more system work. Once it ends, Trends compares it with the weeks
        just before it, and says whether your lean or your share of good days moved beyond chance.
      </p>
      {experiments.length > 0 && (
        <ul className="experiment-list">
          {experiments.map((experiment) => (
            <li key={experiment.start}>
              <p className="experiment-name">
                <strong>{experiment.label}</strong>: {FOCUS_WORDS[experiment.focus]}, {experimentSpan(experiment)}
              </p>
              <ExperimentStatus
                experiment={experiment}
                reading={data?.experiments.find((item) => sameExperiment(item, experiment))}
                today={today}
                data={data}
                stale={stale}
              />
              <div className="row">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Change “${experiment.label}”…`}
                  onClick={() => {
                    setEditing({ kind: 'change', experiment });
                    setMessage(null);
                  }}
                >
                  Change…
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Delete “${experiment.label}”…`}
                  onClick={() => setDeleting(experiment)}
                >
                  Delete…
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ExperimentForm
          key={editing.kind === 'change' ? editing.experiment.start : 'new'}
          today={today}
          editing={editing.kind === 'change' ? editing.experiment : null}
          others={others}
          onCancel={() => setEditing(null)}
          onDone={(text) => {
            setEditing(null);
            setMessage({ error: false, text });
          }}
        />
      ) : (
        <p>
          <button
            type="button"
            onClick={() => {
              setEditing({ kind: 'new' });
              setMessage(null);
            }}
          >
            Plan an experiment
          </button>
        </p>
      )}
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error-text' : 'muted'}>
        {message?.text ?? ''}
      </p>
      {deleting && (
        <ConfirmDialog
          title={`Delete the experiment “${deleting.label}”?`}
          confirmLabel="Delete the experiment"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => remove(deleting)}
        >
          <p>Its dates and its comparison go from Trends and the brief. Your days stay as they are.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
