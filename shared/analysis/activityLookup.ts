import { ACTIVITY_CATALOG, type CustomActivity, type PathLean } from '../activities';

/** An activity as the analysis sees it: which path it counts toward and its slot in per-activity tallies. */
export interface ActivitySlot {
  id: string;
  label: string;
  lean: PathLean;
  /** -1 management, +1 architecture, 0 neutral. */
  sign: number;
  slot: number;
}

const SIGN: Record<PathLean, number> = { management: -1, neutral: 0, architecture: 1 };

/**
 * Resolves activity ids to slots, built once per analysis so the per-entry
 * loop does one map lookup per activity. Built-in activities win over custom
 * ones with the same id (as in findActivity); unknown ids, such as a custom
 * activity the user has since deleted, count as neutral.
 */
export class ActivityLookup {
  readonly slots: ActivitySlot[] = [];
  private readonly byId = new Map<string, ActivitySlot>();

  constructor(custom: readonly CustomActivity[]) {
    for (const activity of ACTIVITY_CATALOG) this.register(activity.id, activity.label, activity.lean);
    for (const activity of custom) {
      if (!this.byId.has(activity.id)) this.register(activity.id, activity.label, activity.lean);
    }
  }

  get(id: string): ActivitySlot {
    return this.byId.get(id) ?? this.register(id, id, 'neutral');
  }

  private register(id: string, label: string, lean: PathLean): ActivitySlot {
    const slot: ActivitySlot = { id, label, lean, sign: SIGN[lean], slot: this.slots.length };
    this.slots.push(slot);
    this.byId.set(id, slot);
    return slot;
  }
}
