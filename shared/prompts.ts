import type { LocalDate } from './dates';
import type { DayKind } from './entry';

/** The signal a prompt's answer feeds, so the UI can place the matching control beside it. */
export type PromptSignal = 'activities' | 'timing' | 'highlight' | 'worst-day' | 'motive' | 'energy' | 'reflection';

/** Which days a prompt suits. */
export type PromptApplies = 'good' | 'bad' | 'any';

export interface Prompt {
  /** Stable id, written into entries and exports; never reuse one. */
  id: string;
  text: string;
  applies: PromptApplies;
  signal: PromptSignal;
}

const p = (id: string, applies: PromptApplies, signal: PromptSignal, text: string): Prompt => ({
  id,
  applies,
  signal,
  text,
});

export const PROMPT_CATALOG: readonly Prompt[] = [
  // Good days: what made it good, and which layer it moved.
  p(
    'good-best-hour',
    'good',
    'highlight',
    'Which hour of today would you happily repeat tomorrow? What were you doing?',
  ),
  p('good-who-moved', 'good', 'highlight', 'Did a person move forward today, or a piece of the system? Describe it.'),
  p('good-energy-source', 'good', 'energy', 'Where did your energy come from today, and when did it peak?'),
  p('good-your-fingerprint', 'good', 'activities', 'What went well today that would not have happened without you?'),
  p(
    'good-when-joined',
    'good',
    'timing',
    'Were you there when the problem was defined, or did you pick it up once it was set?',
  ),
  p(
    'good-leverage',
    'good',
    'activities',
    'If you worked twice as hard at today’s best part for a year, what would change?',
  ),
  p('good-proud-call', 'good', 'highlight', 'What decision or conversation from today are you quietly proud of?'),
  p('good-flow', 'good', 'energy', 'When did you lose track of time today?'),
  p('good-thanks', 'good', 'reflection', 'Who would you thank for today, and what for?'),
  p('good-repeatable', 'good', 'reflection', 'What made today good that you could set up on purpose next week?'),
  p('good-unblocked', 'good', 'activities', 'Did anything get unstuck today? Was it a team, a person or a design?'),
  p('good-shape', 'good', 'timing', 'Did you help choose what gets built, or help it get built well?'),
  p('good-would-miss', 'good', 'reflection', 'If your role lost today’s best task, would you miss it?'),
  p('good-learned', 'good', 'reflection', 'What did you understand today that you did not understand yesterday?'),
  p('good-ripple', 'good', 'activities', 'Who will feel the effect of today’s work in six months?'),
  p('good-title-free', 'good', 'motive', 'Would today have felt as good if nobody ever knew it was your work?'),
  // Bad days: what drained, and whether it would be acceptable every day.
  p(
    'bad-worst-hour',
    'bad',
    'worst-day',
    'Describe today’s worst hour. Could you do a job where most days felt like that?',
  ),
  p('bad-drain', 'bad', 'energy', 'What drained you most today: people, process or technology?'),
  p('bad-too-late', 'bad', 'timing', 'Did you arrive after the important choices were already made?'),
  p('bad-not-yours', 'bad', 'activities', 'Which part of today felt like someone else’s job?'),
  p('bad-friction', 'bad', 'activities', 'Was the friction today between people, or between a plan and reality?'),
  p('bad-avoid', 'bad', 'reflection', 'What did you put off today, and why?'),
  p('bad-acceptable', 'bad', 'worst-day', 'Which part of today’s mess would you still sign up for, and which not?'),
  p('bad-control', 'bad', 'reflection', 'What about today was within your control, and what was not?'),
  p('bad-repeat-risk', 'bad', 'reflection', 'Is today a one-off, or a preview of the role you are heading toward?'),
  p('bad-missed-room', 'bad', 'timing', 'Was there a room you wish you had been in earlier?'),
  p(
    'bad-people-cost',
    'bad',
    'activities',
    'Did a people problem cost you today? What would it take to enjoy fixing it?',
  ),
  p('bad-system-cost', 'bad', 'activities', 'Did a design or platform decision cost you today? Who made it, and when?'),
  p('bad-recovery', 'bad', 'energy', 'What would help you recover from today?'),
  p('bad-status-pull', 'bad', 'motive', 'Did you stay with something today only because of how it would look?'),
  p('bad-still-good', 'bad', 'highlight', 'Was there one good moment inside the bad day? What was it?'),
  p('bad-lesson', 'bad', 'reflection', 'What would you tell a new lead about a day like this?'),
  // Any day: the general signals.
  p(
    'any-main-conversation',
    'any',
    'timing',
    'What was the day’s main conversation, and at what stage did you join it?',
  ),
  p('any-layer', 'any', 'activities', 'Did you spend today moving people or moving the system?'),
  p('any-surprise', 'any', 'reflection', 'What surprised you today?'),
  p('any-energy-shape', 'any', 'energy', 'Sketch your energy through the day: morning, afternoon, evening.'),
  p('any-decision', 'any', 'activities', 'What was the most important decision you took part in today?'),
  p('any-future-self', 'any', 'reflection', 'What would your self in two years want you to notice about today?'),
  p('any-role-fit', 'any', 'worst-day', 'Which parts of today belong in the role you want, and which do not?'),
  p(
    'any-why-role',
    'any',
    'motive',
    'Do you want the next role for what it lets you change, or for what it says about you?',
  ),
  p(
    'any-calendar',
    'any',
    'activities',
    'Looking at today’s calendar, which meeting would you keep if you could keep only one?',
  ),
  p('any-best-moment', 'any', 'highlight', 'What was the best moment of the day, however small?'),
  p('any-advice', 'any', 'reflection', 'What advice did you give or get today?'),
  p('any-tomorrow', 'any', 'reflection', 'What do you want tomorrow to have more of?'),
];

const BY_ID = new Map(PROMPT_CATALOG.map((prompt) => [prompt.id, prompt]));

export function findPrompt(id: string): Prompt | undefined {
  return BY_ID.get(id);
}

/** How many prompts a day shows. */
export const PROMPTS_PER_DAY = 3;

/** FNV-1a: a small, stable string hash, identical in every JavaScript engine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a seeded generator so a date always yields the same picks. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(pool: readonly Prompt[], count: number, random: () => number, taken: Set<string>): Prompt[] {
  const available = pool.filter((prompt) => !taken.has(prompt.id));
  const picked: Prompt[] = [];
  while (picked.length < count && available.length > 0) {
    const [chosen] = available.splice(Math.floor(random() * available.length), 1);
    if (chosen) {
      picked.push(chosen);
      taken.add(chosen.id);
    }
  }
  return picked;
}

/**
 * The prompts shown for a day. The same date, day kind and shuffle count always
 * give the same prompts; good and bad days draw most prompts from their own
 * pools, mixed days take one of each, and a day with no kind yet draws from the
 * general pool.
 */
export function selectPrompts(date: LocalDate, dayKind: DayKind | null, shuffle = 0): Prompt[] {
  const random = seededRandom(hash(`${date}#${shuffle}`));
  const taken = new Set<string>();
  const pool = (applies: PromptApplies) => PROMPT_CATALOG.filter((prompt) => prompt.applies === applies);
  switch (dayKind) {
    case 'good':
    case 'bad':
      return [...pick(pool(dayKind), PROMPTS_PER_DAY - 1, random, taken), ...pick(pool('any'), 1, random, taken)];
    case 'mixed':
      return [
        ...pick(pool('good'), 1, random, taken),
        ...pick(pool('bad'), 1, random, taken),
        ...pick(pool('any'), PROMPTS_PER_DAY - 2, random, taken),
      ];
    default:
      return pick(pool('any'), PROMPTS_PER_DAY, random, taken);
  }
}

/** Whether the occasional motive check is due on a date (about one day in seven). */
export function isMotiveCheckDay(date: LocalDate): boolean {
  return hash(`motive#${date}`) % 7 === 0;
}

/** What a day shows: a prompt from the catalog (or an unknown id from an import) with its answer. */
export interface ShownPrompt {
  id: string;
  text: string;
  answer: string;
}

/**
 * The prompts an entry shows: those already answered stay put, and the rest of
 * the day's selection fills the remaining places. Changing the day kind or
 * shuffling therefore never hides something the user wrote.
 */
export function promptsForEntry(entry: {
  date: LocalDate;
  dayKind: DayKind | null;
  promptShuffle: number;
  prompts: readonly { id: string; answer: string }[];
}): ShownPrompt[] {
  const answered = entry.prompts.filter((prompt) => prompt.answer.trim() !== '');
  const shown: ShownPrompt[] = answered.map(({ id, answer }) => ({
    id,
    answer,
    text: findPrompt(id)?.text ?? `A prompt Forkcast no longer asks (${id})`,
  }));
  const taken = new Set(shown.map((prompt) => prompt.id));
  for (const prompt of selectPrompts(entry.date, entry.dayKind, entry.promptShuffle)) {
    if (shown.length >= Math.max(PROMPTS_PER_DAY, answered.length)) break;
    if (!taken.has(prompt.id)) shown.push({ id: prompt.id, text: prompt.text, answer: '' });
  }
  return shown;
}
