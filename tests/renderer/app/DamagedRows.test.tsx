// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DamagedRows } from '../../../renderer/src/app/DamagedRows';
import { forgetDamaged, noteDamaged } from '../../../renderer/src/data/damagedRows';
import { DamagedRowError } from '../../../renderer/src/data/sealedRows';

afterEach(() => {
  cleanup();
  forgetDamaged();
});

describe('DamagedRows', () => {
  it('names each kind of damaged row as what it is', () => {
    render(<DamagedRows onOpenDay={() => undefined} />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => {
      noteDamaged(new DamagedRowError('entry', '2026-11-02'));
      noteDamaged(new DamagedRowError('activity', 'a1b2'));
      noteDamaged(new DamagedRowError('review', '2026-W45'));
      noteDamaged(new DamagedRowError('decision', 'decision'));
    });
    expect(screen.getByRole('alert').querySelector('strong')?.textContent).toBe(
      'Forkcast could not decrypt a day, one of your own activities, a weekly review and your decision (its date and record).',
    );
  });

  it('does not count a damaged decision among your activities', () => {
    render(<DamagedRows onOpenDay={() => undefined} />);
    act(() => noteDamaged(new DamagedRowError('decision', 'decision')));
    expect(screen.getByRole('alert').querySelector('strong')?.textContent).toBe(
      'Forkcast could not decrypt your decision (its date and record).',
    );
  });
});
