import { describe, expect, it } from 'vitest';
import { daysSince, isBackupReminderDue } from '../../../shared';

const now = new Date('2026-11-20T12:00:00.000Z');
const ago = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

describe('the backup reminder', () => {
  it('counts whole days', () => {
    expect(daysSince(ago(30.5), now)).toBe(30);
    expect(daysSince(undefined, now)).toBeNull();
  });

  it.each([
    ['no backup, journal started 45 days ago', { journalSince: ago(45) }, true],
    ['no backup, journal started 10 days ago', { journalSince: ago(10) }, false],
    ['an empty journal', {}, false],
    ['a backup 31 days ago', { lastBackupAt: ago(31), journalSince: ago(400) }, true],
    ['a backup 29 days ago', { lastBackupAt: ago(29), journalSince: ago(400) }, false],
    ['shown 5 days ago', { lastBackupAt: ago(60), lastShownAt: ago(5), journalSince: ago(400) }, false],
    ['shown 30 days ago', { lastBackupAt: ago(60), lastShownAt: ago(30), journalSince: ago(400) }, true],
  ])('with %s: %s', (_, state, due) => {
    expect(isBackupReminderDue({ ...state, now })).toBe(due);
  });
});
