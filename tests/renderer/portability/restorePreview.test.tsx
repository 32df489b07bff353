// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupPlanWords, journalWords, RestorePreview } from '../../../renderer/src/portability/RestorePreview';
import type { BackupData } from '../../../shared';
import { goodDay } from '../../fixtures/entries';

afterEach(cleanup);

const decision: NonNullable<BackupData['decision']> = {
  decisionDate: '2027-01-05',
  record: {
    decidedOn: '2026-11-20',
    choice: 'architecture',
    reasons: '',
    reconsider: '',
    brief: '',
    revisits: [],
  },
  experiments: [
    { label: 'Design fortnight', focus: 'architecture', start: '2026-10-01', end: '2026-10-14' },
    { label: 'Coaching month', focus: 'management', start: '2026-11-01', end: '2026-11-28' },
  ],
  updatedAt: '2026-11-20T18:00:00.000Z',
};

describe('the restore preview', () => {
  it('names the weekly reviews and the decision plan, with its experiments, that the backup holds', () => {
    const data: BackupData = {
      entries: [goodDay('2026-11-20')],
      customActivities: [],
      settings: [],
      reviews: [],
      decision,
    };
    render(
      <RestorePreview
        backup={{ createdAt: '2026-11-20T18:00:00.000Z', data }}
        current={{ days: 3, customActivities: 0, reviews: 0, decisionPlan: false, daysNotInBackup: 2 }}
        lock="none"
        onConfirm={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(
      screen.getByText(
        /It also holds 0 weekly reviews and your decision plan: the decision conversation on 5 Jan 2027; the decision recorded on 20 Nov 2026 \(architecture\); 2 experiments \(“Design fortnight”, “Coaching month”\)\./,
      ),
    ).toBeInTheDocument();
  });

  it('says when a backup holds no plan (formats before 5 had none)', () => {
    expect(backupPlanWords({ reviews: [], decision: undefined })).toBe(
      'It also holds 0 weekly reviews and no decision plan.',
    );
    expect(
      backupPlanWords({ reviews: [], decision: { ...decision, record: null, decisionDate: null, experiments: [] } }),
    ).toBe('It also holds 0 weekly reviews and no decision plan.');
  });

  it('names the weekly reviews and the decision plan the journal would lose, when it has them', () => {
    const current = { days: 3, customActivities: 1, reviews: 0, decisionPlan: false, daysNotInBackup: 0 };
    expect(journalWords(current)).toBe('its 3 days and 1 activity of your own');
    expect(journalWords({ ...current, reviews: 2 })).toBe('its 3 days, 1 activity of your own and 2 weekly reviews');
    expect(journalWords({ ...current, reviews: 1, decisionPlan: true })).toBe(
      'its 3 days, 1 activity of your own, 1 weekly review and the decision plan',
    );
  });
});
