// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared';
import { useConflictChoices } from '../../../renderer/src/portability/useConflictChoices';

// Only the parts chooseAll reads: the differing days and weekly reviews.
const preview = {
  conflicts: [{ date: '2026-11-02' }, { date: '2026-11-03' }],
  reviews: { reviewConflicts: [{ week: '2026-W45' }] },
} as unknown as ImportPreview;

it('chooses one conflict, then every day and weekly review at once, and forgets them for a new import', () => {
  const { result } = renderHook(() => useConflictChoices());
  act(() => result.current.choose('2026-11-03', 'theirs'));
  expect([...result.current.choices]).toEqual([['2026-11-03', 'theirs']]);
  act(() => result.current.chooseAll(preview, 'mine'));
  expect([...result.current.choices]).toEqual([
    ['2026-11-02', 'mine'],
    ['2026-11-03', 'mine'],
    ['2026-W45', 'mine'],
  ]);
  act(() => result.current.reset());
  expect(result.current.choices.size).toBe(0);
});
