import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DEFAULT_HABIT_SETTINGS, habitSettingsSchema } from '../../shared/habits';
import { localDateSchema } from '../../shared/dateSchemas';
import { writeFileAtomic } from '../atomicWrite';

/**
 * What main keeps for the habit loop in the app's profile folder: the
 * settings, and the last day a reminder fired for, so a restart the same day
 * does not remind again. Dates and times only, never anything the user
 * wrote. Main owns this file because a reminder must work with no window open.
 */
const habitFileSchema = z.object({
  settings: habitSettingsSchema,
  lastReminded: localDateSchema.nullable(),
});
export type HabitFile = z.infer<typeof habitFileSchema>;

export interface HabitStore {
  /** What was saved; the defaults when there is no file, or one that does not parse (logged). */
  load(): Promise<HabitFile>;
  /** Writes the file atomically; throws when the disk refuses, so the caller can say nothing changed. */
  save(file: HabitFile): Promise<void>;
}

export function createHabitStore(path: string): HabitStore {
  // One write at a time, in order: a later save never lands before an earlier one.
  let writing: Promise<unknown> = Promise.resolve();
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        return { settings: DEFAULT_HABIT_SETTINGS, lastReminded: null };
      }
      try {
        return habitFileSchema.parse(JSON.parse(text));
      } catch (error) {
        console.error(
          'Forkcast: the reminder and shortcut settings were unreadable; starting from the defaults',
          error,
        );
        return { settings: DEFAULT_HABIT_SETTINGS, lastReminded: null };
      }
    },
    save(file) {
      const text = JSON.stringify(habitFileSchema.parse(file), null, 2);
      const write = writing.catch(() => undefined).then(() => writeFileAtomic(path, text));
      writing = write;
      return write;
    },
  };
}
