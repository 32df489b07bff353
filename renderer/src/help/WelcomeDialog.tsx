import { useEffect, useRef } from 'react';
import { WelcomeText } from './Welcome';

/** The welcome, once, over a new journal; closing it (button or Escape) leads straight to writing the day. */
export function WelcomeDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={dialog}
      className="welcome-dialog"
      aria-labelledby="welcome-title"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h1 id="welcome-title">Welcome to Forkcast</h1>
      <WelcomeText />
      <p className="muted">You can read this again any time under Help.</p>
      <form method="dialog">
        <button type="submit" className="primary">
          Start writing
        </button>
      </form>
    </dialog>
  );
}
