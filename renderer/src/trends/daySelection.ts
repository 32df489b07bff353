import type { PackedDates } from '../../../shared/trends';

/** The days behind a clicked point or bar, with a title saying what was clicked. */
export interface DaySelection {
  title: string;
  dates: PackedDates;
}
