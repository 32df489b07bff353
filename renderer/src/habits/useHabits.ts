import { useCallback, useEffect, useState } from 'react';
import type { HabitResponse, HabitState } from '../../../shared';
import { bridge } from '../bridge/bridge';

export interface Habits {
  /** The settings and what this platform offers; undefined while loading. */
  state: HabitState | undefined;
  /** Why the last change was refused (nothing changed), or null. */
  problem: string | null;
  busy: boolean;
  /** Runs one change through the bridge; the state shown is the one main (or the page) answers. */
  change: (run: () => Promise<HabitResponse>) => Promise<boolean>;
}

/** The reminder, tray, login item and quick-capture settings, as main keeps them. */
export function useHabits(): Habits {
  const [state, setState] = useState<HabitState>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    bridge.getHabits().then(
      (loaded) => live && setState(loaded),
      (error: unknown) => live && setProblem(`The reminder settings could not be read: ${String(error)}`),
    );
    return () => {
      live = false;
    };
  }, []);

  const change = useCallback(async (run: () => Promise<HabitResponse>) => {
    setBusy(true);
    try {
      const answer = await run();
      if (answer.status === 'done') {
        setState(answer.state);
        setProblem(null);
        return true;
      }
      setProblem(answer.message);
      return false;
    } catch (error) {
      setProblem(`That did not work: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { state, problem, busy, change };
}
