import { useCallback, useEffect, useState } from 'react';

/** How long a change can be undone from its notice. */
export const UNDO_MS = 10_000;

export interface UndoNotice {
  id: number;
  message: string;
  /** Takes the change back; a rejection's message is shown in the notice's place. */
  undo?: () => void | Promise<void>;
}

export interface UndoToast {
  notice: UndoNotice | null;
  show: (message: string, undo?: () => void | Promise<void>) => void;
  dismiss: () => void;
}

let nextId = 1;

/** One notice at a time, each offering Undo for a few seconds; a newer notice replaces the older one. */
export function useUndoToast(): UndoToast {
  const [notice, setNotice] = useState<UndoNotice | null>(null);
  const dismiss = useCallback(() => setNotice(null), []);
  const show = useCallback((message: string, undo?: () => void | Promise<void>) => {
    setNotice({ id: nextId++, message, undo });
  }, []);
  useEffect(() => {
    if (!notice?.undo) return;
    const timer = window.setTimeout(() => setNotice((current) => (current === notice ? null : current)), UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);
  return { notice, show, dismiss };
}
