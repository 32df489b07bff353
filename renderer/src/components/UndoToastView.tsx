import type { UndoToast } from './useUndoToast';

/** The current notice with its Undo button; announced politely, never stealing focus. */
export function UndoToastView({ toast }: { toast: UndoToast }) {
  const { notice, show, dismiss } = toast;
  return (
    <div className="undo-toast-region" role="status" aria-live="polite">
      {notice && (
        <div className="undo-toast" key={notice.id}>
          <span>{notice.message}</span>
          {notice.undo && (
            <button
              type="button"
              onClick={() => {
                const undo = notice.undo;
                dismiss();
                void Promise.resolve(undo?.()).catch((error: unknown) =>
                  show(error instanceof Error ? error.message : 'That could not be undone.'),
                );
              }}
            >
              Undo
            </button>
          )}
          <button type="button" className="undo-toast-close" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
