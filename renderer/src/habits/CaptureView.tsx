import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDate, type DayKind, type LocalDate } from '../../../shared';
import { bridge } from '../bridge/bridge';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { DAY_KIND_CHOICES } from '../today/dayKinds';
import { captureDay, CAPTURE_LINE_CHARS } from './quickCapture';
import { useCaptureLocked } from './useCaptureLock';
import './habits.css';

// No key caps here: the day-kind letter keys belong to the Today view.
const CHOICES = DAY_KIND_CHOICES.map(({ value, label, className }) => ({ value, label, className }));

interface Props {
  today: LocalDate;
  /** Where to go once done when there is no quick-capture window to close (a browser tab). */
  onDone: () => void;
}

/**
 * The quick-capture window's page: today's day kind and one line, saved like
 * any entry. Enter saves, Escape closes without saving. A locked journal is
 * said so, with the way to the main window, where it unlocks.
 */
export function CaptureView({ today, onDone }: Props) {
  const locked = useCaptureLocked();
  // A save refused because the journal locked after this page read it.
  const [refused, setRefused] = useState(false);

  const close = () =>
    void bridge.closeQuickCapture().then(
      ({ received }) => !received && onDone(),
      () => onDone(),
    );
  const openMain = () =>
    void bridge.showMainWindow().then(
      ({ received }) => !received && onDone(),
      () => onDone(),
    );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // close only calls the bridge; it needs no re-subscription.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (locked === undefined) return null;
  if (locked || refused) return <CaptureLocked onOpenMain={openMain} onClose={close} />;
  return <CaptureForm today={today} onSaved={close} onClose={close} onLocked={() => setRefused(true)} />;
}

function CaptureLocked({ onOpenMain, onClose }: { onOpenMain: () => void; onClose: () => void }) {
  const open = useRef<HTMLButtonElement>(null);
  // Focused first: it is why the window is open.
  useEffect(() => open.current?.focus(), []);
  return (
    <section className="capture" aria-labelledby="capture-heading">
      <h1 id="capture-heading">Unlock Forkcast first</h1>
      <p className="capture-note">
        Your journal is locked, so this small window cannot add to it. Unlock it in Forkcast and today’s page is right
        there.
      </p>
      <div className="capture-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button ref={open} type="button" className="primary" onClick={onOpenMain}>
          Open Forkcast
        </button>
      </div>
    </section>
  );
}

interface FormProps {
  today: LocalDate;
  onSaved: () => void;
  onClose: () => void;
  onLocked: () => void;
}

function CaptureForm({ today, onSaved, onClose, onLocked }: FormProps) {
  const [dayKind, setDayKind] = useState<DayKind | null>(null);
  const [line, setLine] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await captureDay(today, { dayKind, line });
      onSaved();
    } catch (error) {
      if (error instanceof Error && error.name === 'JournalLockedError') onLocked();
      else setProblem(error instanceof Error ? error.message : String(error));
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
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="submit" className="primary" disabled={saving}>
          Save to today
        </button>
      </div>
    </form>
  );
}
