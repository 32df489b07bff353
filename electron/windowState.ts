import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './atomicWrite';
import { MIN_WINDOW_SIZE } from './windowOptions';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MAX_SIDE = 100_000;
const coordinate = z.number().int().min(-MAX_SIDE).max(MAX_SIDE);

/** What is kept on disk. Parsed, never trusted: the file may be hand-edited or half-written by an old version. */
export const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(MAX_SIDE),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(MAX_SIDE),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** Where the window opens: size always, position only when it lands on a display. */
export interface RestoredWindow {
  bounds: Partial<Rect> & { width: number; height: number };
  maximized: boolean;
}

/** Parses the saved file's text; anything malformed is null (the window then opens at its defaults). */
export function parseWindowState(text: string): WindowState | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);

/**
 * Fits saved bounds to the displays present now (their work areas). A window
 * that still overlaps a display is moved and shrunk to fit inside the one it
 * overlaps most; one that overlaps none (a monitor was unplugged) keeps its
 * size but loses its position, so Electron centres it on the primary display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): RestoredWindow {
  const largest = workAreas.reduce<Rect | null>(
    (a, b) => (a === null || b.width * b.height > a.width * a.height ? b : a),
    null,
  );
  const sizeOnly = {
    width: largest === null ? state.width : Math.min(state.width, largest.width),
    height: largest === null ? state.height : Math.min(state.height, largest.height),
  };
  if (state.x === undefined || state.y === undefined) return { bounds: sizeOnly, maximized: state.maximized };

  const saved: Rect = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const { width, height } = overlap(saved, area);
    if (width * height > bestArea) {
      best = area;
      bestArea = width * height;
    }
  }
  if (best === null) return { bounds: sizeOnly, maximized: state.maximized };

  const width = Math.min(saved.width, best.width);
  const height = Math.min(saved.height, best.height);
  return {
    bounds: {
      x: clamp(saved.x, best.x, best.x + best.width - width),
      y: clamp(saved.y, best.y, best.y + best.height - height),
      width,
      height,
    },
    maximized: state.maximized,
  };
}

export interface WindowStateStore {
  /** The saved state fitted to the current displays, or null when there is none worth using. */
  load(workAreas: readonly Rect[]): Promise<RestoredWindow | null>;
  /** Remembers a new state; written after a quiet period so dragging does not hammer the disk. */
  schedule(state: WindowState): void;
  /** Writes the latest scheduled state now. */
  flush(): Promise<void>;
  /** True while a write is scheduled or running (the app waits for it before quitting). */
  isBusy(): boolean;
}

/** Keeps window bounds in a small JSON file, written atomically. Failures are logged, never thrown: bounds are a nicety. */
export function createWindowStateStore(file: string, debounceMs = 500): WindowStateStore {
  let pending: WindowState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing = Promise.resolve();
  let inFlight = 0;

  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const state = pending;
    pending = null;
    if (state === null) return writing;
    inFlight += 1;
    // Chained so an older write can never land after a newer one.
    writing = writing
      .then(() => writeFileAtomic(file, JSON.stringify(state)))
      .catch((error: unknown) => console.error('Forkcast: could not save the window position', error))
      .finally(() => {
        inFlight -= 1;
      });
    return writing;
  };

  return {
    async load(workAreas) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        return null;
      }
      const state = parseWindowState(text);
      return state === null ? null : fitToDisplays(state, workAreas);
    },
    schedule(state) {
      pending = state;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void flush(), debounceMs);
    },
    flush,
    isBusy: () => pending !== null || inFlight > 0,
  };
}
