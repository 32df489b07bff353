import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDate, type DayKind, type LocalDate } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { DAY_KIND_CHOICES } from '../today/dayKinds';
import { captureDay, CAPTURE_LINE_CHARS } from './quickCapture';
import './habits.css';

// No key caps here: the day-kind letter keys belong to the Today view.
const CHOICES = DAY_KIND_CHOICES.map(({ value, label, className }) => ({ value, label, className }));

interface Props {
  today: LocalDate;
  /** Where to go once saved when there is no quick-capture window to close (a browser tab). */
  onDone: () => void;
}

/**
 * The quick-capture window's page: today's day kind and one line, saved like
 * any entry. Enter saves, Escape closes without saving.
 */
export function CaptureView({ today, onDone }: Props) {
  const [dayKind, setDayKind] = useState<DayKind | null>(null);
  const [line, setLine] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const close = () =>
    void bridge.closeQuickCapture().then(
      ({ received }) => !received && onDone(),
      () => onDone(),
    );

  useEffect(() => {
    input.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // close only calls the bridge; it needs no re-subscription.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await captureDay(today, { dayKind, line });
      close();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="capture" onSubmit={(event) => void save(event)} aria-labelledby="capture-heading">
      <h1 id="capture-heading">{formatDate(today, 'weekdayDate')}</h1>
      <ChoiceGroup legend="How did the day go?" choices={CHOICES} value={dayKind} onChange={setDayKind} />
      <label className="capture-line">
        One line
        <input
          ref={input}
          value={line}
          maxLength={CAPTURE_LINE_CHARS}
          placeholder="What stood out today?"
          onChange={(event) => setLine(event.target.value)}
        />
      </label>
      {problem && (
        <p className="capture-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="capture-actions">
        <button type="button" onClick={close}>
          Close
        </button>
        <button type="submit" className="primary" disabled={saving}>
          Save to today
        </button>
      </div>
    </form>
  );
}
