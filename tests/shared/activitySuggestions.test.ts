import { describe, expect, it } from 'vitest';
import { findActivity, STARTER_ACTIVITIES, suggestActivities, SUGGESTION_WINDOW_DAYS } from '../../shared';

const day = (...ids: string[]) => ({ activities: ids.map((id) => ({ id, feel: 1 as const })) });

describe('suggestActivities', () => {
  it('puts the most used first, with the last day counting double and ties going to the more recent', () => {
    const recent = [day('coding', 'spike'), day('one-on-ones', 'hiring'), day('one-on-ones', 'hiring'), day('hiring')];
    // hiring 3, one-on-ones 2, coding 2 (last day), spike 2 (last day): coding and spike were used more lately.
    expect(suggestActivities(recent, 4)).toEqual(['hiring', 'coding', 'spike', 'one-on-ones']);
  });

  it('looks only at the last weeks of days', () => {
    const old = Array.from({ length: 40 }, () => day('admin'));
    const recent = [day('coding'), ...Array.from({ length: SUGGESTION_WINDOW_DAYS - 1 }, () => day()), ...old];
    expect(suggestActivities(recent, 1)).toEqual(['coding']);
    expect(suggestActivities(recent, 20)).not.toContain('admin');
  });

  it('offers a new journal a starter set that leans to neither path', () => {
    const starters = suggestActivities([], 8);
    expect(starters).toEqual([...STARTER_ACTIVITIES]);
    const leans = starters.map((id) => findActivity(id)?.lean);
    expect(leans.filter((lean) => lean === 'management')).toHaveLength(3);
    expect(leans.filter((lean) => lean === 'architecture')).toHaveLength(3);
  });

  it('tops a short history up from the starters without repeating, and drops unknown ids', () => {
    const suggested = suggestActivities([day('design-doc', 'custom-gone')], 4, (id) => !id.startsWith('custom-'));
    expect(suggested).toEqual(['design-doc', 'one-on-ones', 'coding', 'unblock-team']);
  });
});
