import type { PathLean } from '../../../shared';

/** How a custom activity's path is named where the user picks it. */
export const LEAN_LABELS: Readonly<Record<PathLean, string>> = {
  management: 'Engineering management',
  architecture: 'Architecture',
  neutral: 'Either path',
};
