import { median } from './measure';

/** A timed figure, as `--json` writes it. */
export interface TimedRow {
  case: string;
  entries: number;
  /** Null only when the case could not be measured; `note` says why. */
  median_ms: number | null;
  baseline_ms: number | null;
  ratio: number | null;
  target: string;
  met: boolean;
  note?: string;
}

/** A size or memory figure: bytes under `value` in `median_ms`'s place. */
export interface ValueRow {
  case: string;
  entries: number;
  value: number | null;
  unit: 'bytes';
  baseline_ms: null;
  ratio: null;
  target: string;
  met: boolean;
  note?: string;
}

export type Row = TimedRow | ValueRow;

/** A target as printed, and the test it stands for. */
export interface Target {
  text: string;
  met: (value: number, ratio: number | null) => boolean;
}

export const REPORT_ONLY: Target = { text: '-', met: () => true };

export const under = (limit: number): Target => ({
  text: `< ${limit.toLocaleString('en')} ms`,
  met: (value) => value < limit,
});

export const withinRatio = (limit: number): Target => ({
  text: `≤ ${limit}x baseline`,
  met: (_value, ratio) => ratio !== null && ratio <= limit,
});

export const underBytes = (limit: number, label: string): Target => ({
  text: `< ${label}`,
  met: (value) => value < limit,
});

export const allOf = (...targets: Target[]): Target => ({
  text: targets.map((target) => target.text).join(' and '),
  met: (value, ratio) => targets.every((target) => target.met(value, ratio)),
});

/** The issue sets targets at given sizes; the other sizes are reported for the trend. */
export const atSize = (entries: number, targets: Readonly<Record<number, Target>>): Target =>
  targets[entries] ?? REPORT_ONLY;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function timedRow(
  name: string,
  entries: number,
  target: Target,
  times: readonly number[],
  baselineTimes: readonly number[] | null = null,
  note?: string,
): TimedRow {
  const value = median(times);
  const baseline = baselineTimes === null ? null : median(baselineTimes);
  const ratio = baseline === null || baseline === 0 ? null : value / baseline;
  return {
    case: name,
    entries,
    median_ms: round(value, 2),
    baseline_ms: baseline === null ? null : round(baseline, 2),
    ratio: ratio === null ? null : round(ratio, 2),
    target: target.text,
    met: target.met(value, ratio),
    ...(note === undefined ? {} : { note }),
  };
}

export function valueRow(name: string, entries: number, target: Target, bytes: number, note?: string): ValueRow {
  return {
    case: name,
    entries,
    value: Math.round(bytes),
    unit: 'bytes',
    baseline_ms: null,
    ratio: null,
    target: target.text,
    met: target.met(bytes, null),
    ...(note === undefined ? {} : { note }),
  };
}

/** A figure that could not be measured: printed as such and never counted as met. */
export function missingRow(
  name: string,
  entries: number,
  target: Target,
  note: string,
  kind: 'ms' | 'bytes' = 'ms',
): Row {
  const common = { case: name, entries, baseline_ms: null, ratio: null, target: target.text, met: false, note };
  return kind === 'ms' ? { ...common, median_ms: null } : { ...common, value: null, unit: 'bytes' };
}
