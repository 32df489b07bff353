// The activity catalog and its lookups, free of zod so the trends worker can carry them;
// the schema that validates a custom activity is in activitySchemas.ts.
import type { CustomActivity } from './activitySchemas';

export type { CustomActivity } from './activitySchemas';

/** Which career path an activity's work belongs to. */
export const PATH_LEANS = ['management', 'architecture', 'neutral'] as const;
export type PathLean = (typeof PATH_LEANS)[number];

export interface Activity {
  /** Stable id, written into exports; never rename one that has shipped. */
  id: string;
  label: string;
  lean: PathLean;
  /** One line on what counts, shown as a hint. */
  hint: string;
}

const management = (id: string, label: string, hint: string): Activity => ({
  id,
  label,
  hint,
  lean: 'management',
});
const architecture = (id: string, label: string, hint: string): Activity => ({
  id,
  label,
  hint,
  lean: 'architecture',
});
const neutral = (id: string, label: string, hint: string): Activity => ({
  id,
  label,
  hint,
  lean: 'neutral',
});

/**
 * The built-in catalog. Management-leaning work moves people once a plan is
 * chosen; architecture-leaning work moves the system before its shape is set.
 */
export const ACTIVITY_CATALOG: readonly Activity[] = [
  management('coach-leads', 'Coaching a lead', 'Helping a lead handle a hard conversation or decision'),
  management('give-feedback', 'Giving feedback', 'Telling someone clearly what to keep or change'),
  management('one-on-ones', '1:1s', 'Regular one-to-one time with someone on the team'),
  management('unblock-team', 'Unblocking a team', 'Clearing whatever stopped a team from moving'),
  management('team-rituals', 'Sprint, retro and OKR health', 'Keeping the team rhythm and goals in good shape'),
  management('hiring', 'Hiring loop', 'Interviews, debriefs and hiring decisions'),
  management('performance', 'Performance and calibration', 'Reviews, promotion cases and calibration sessions'),
  management('retention', 'Retention risk', 'Noticing and acting on someone who might leave'),
  management('incident-comms', 'Running incident comms', 'Keeping people informed while others debug'),
  management('mentoring-reviews', 'Mentoring through code review', 'Reviews written to teach rather than to gate'),
  management('cross-team-friction', 'Defusing cross-team friction', 'Untangling a disagreement between teams'),
  management('career-growth', 'Career conversations', 'Helping someone plan their next step'),
  management('onboarding', 'Onboarding a newcomer', 'Getting a new teammate productive and at home'),
  architecture(
    'problem-framing',
    'Framing a problem with product',
    'Working out what the problem really is before solutions',
  ),
  architecture('build-or-not', 'Build-or-not decision', 'Deciding whether something should be built at all'),
  architecture('long-term-tradeoffs', 'Multi-year trade-offs', 'Weighing what a choice locks in for years'),
  architecture('data-model', 'Data-model design', 'Shaping entities, ownership and how data evolves'),
  architecture('platform-choice', 'Platform choice', 'Picking or retiring a platform, framework or vendor'),
  architecture('design-doc', 'Design doc', 'Writing or reviewing a design before it is built'),
  architecture(
    'reshape-feature',
    'Stopping or reshaping a feature',
    'Changing a feature while it is still in discovery',
  ),
  architecture(
    'technical-direction',
    'Technical direction across teams',
    'Setting the direction several teams build toward',
  ),
  architecture(
    'customer-request-impact',
    'Platform impact of a customer request',
    'Working out what saying yes would cost the system',
  ),
  architecture('spike', 'Spike or prototype', 'A short experiment to answer a design question'),
  architecture('architecture-review', 'Architecture review', 'Reviewing a system design with other engineers'),
  architecture('tech-strategy', 'Technical strategy', 'Planning how the system should change over the next year'),
  neutral('coding', 'Coding', 'Writing production code yourself'),
  neutral('debugging', 'Debugging', 'Finding out why something misbehaves'),
  neutral('planning', 'Planning', 'Estimating, sequencing and scoping work'),
  neutral('status-meetings', 'Status meetings', 'Updates, stand-ups and reporting'),
  neutral('code-review', 'Code review', 'Reviewing changes for correctness'),
  neutral('documentation', 'Documentation', 'Writing guides, runbooks or notes for others'),
  neutral('admin', 'Email and admin', 'Inbox, tickets, expenses and the like'),
];

const BUILT_IN = new Map(ACTIVITY_CATALOG.map((activity) => [activity.id, activity]));

/** Finds an activity by id among the built-in catalog and the user's own. */
export function findActivity(id: string, custom: readonly CustomActivity[] = []): Activity | undefined {
  const builtIn = BUILT_IN.get(id);
  if (builtIn) return builtIn;
  const own = custom.find((activity) => activity.id === id);
  return own ? { id: own.id, label: own.label, lean: own.lean, hint: 'Your own activity' } : undefined;
}

/** A custom activity id derived from its label, unique among `taken`. */
export function customActivityId(label: string, taken: ReadonlySet<string>): string {
  const slug =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'activity';
  let id = `custom-${slug}`;
  for (let n = 2; taken.has(id) || BUILT_IN.has(id); n += 1) id = `custom-${slug}-${n}`;
  return id;
}
