import { describe, expect, it } from 'vitest';
import {
  dateInFileName,
  isDecisionFileName,
  isSyncConflictPath,
  parseDayFile,
  parseReviewFile,
  readDayFileParts,
  renderDayFile,
  renderReviewFile,
  syncConflictDay,
  syncConflictTarget,
  weekInFileName,
} from '../../../shared';
import { goodDay, weekReview } from '../../fixtures/entries';
import {
  NOT_CONFLICT_COPIES,
  OTHER_CONFLICT_COPIES,
  STRAY_CONFLICT_COPIES,
  SYNC_CONFLICT_COPIES,
} from '../../fixtures/syncConflicts';

describe('sync tools’ conflict copies of a day file', () => {
  it.each(SYNC_CONFLICT_COPIES)('recognises $tool’s $name as a copy of $day', ({ name, day }) => {
    expect(syncConflictDay(name)).toBe(day);
    expect(dateInFileName(`${day.slice(0, 4)}/${name}`)).toBe(day);
    expect(isSyncConflictPath(`${day.slice(0, 4)}/${name}`)).toBe(true);
  });

  it.each(NOT_CONFLICT_COPIES)('takes %s for no conflict copy', (name) => {
    expect(syncConflictDay(name)).toBeNull();
    expect(isSyncConflictPath(`2026/${name}`)).toBe(false);
  });

  it('only in the year folder of its day', () => {
    expect(isSyncConflictPath('2025/2026-11-20.sync-conflict-20261121-093015-ABCDEF1.md')).toBe(false);
    expect(isSyncConflictPath('2026-11-20.sync-conflict-20261121-093015-ABCDEF1.md')).toBe(false);
    expect(isSyncConflictPath('2026/2026-02-30.sync-conflict-20261121-093015-ABCDEF1.md')).toBe(false);
  });

  it('reads as the day it is a copy of', () => {
    const day = goodDay('2026-11-20', { notes: 'The other computer’s version.' });
    for (const { name } of SYNC_CONFLICT_COPIES.filter((copy) => copy.day === '2026-11-20')) {
      const read = parseDayFile({ name: `2026/${name}`, text: renderDayFile(day) });
      expect(read).toMatchObject({
        status: 'day',
        content: { date: '2026-11-20', notes: 'The other computer’s version.' },
      });
    }
  });
});

describe('sync tools’ conflict copies of a weekly review and of decision.md', () => {
  it.each(OTHER_CONFLICT_COPIES)('recognises $tool’s $path as a copy of $of', ({ path, of }) => {
    expect(syncConflictTarget(path)).toBe(of);
    expect(isSyncConflictPath(path)).toBe(true);
    expect(syncConflictDay(path)).toBeNull();
    expect(isDecisionFileName(path)).toBe(of === 'decision.md');
    expect(weekInFileName(path)).toBe(of === 'decision.md' ? null : '2026-W47');
  });

  it.each(STRAY_CONFLICT_COPIES)('offers no %s: not beside its file, or of nothing Forkcast keeps', (path) => {
    expect(isSyncConflictPath(path)).toBe(false);
  });

  it('reads a review’s copy as that week’s review', () => {
    const theirs = { ...weekReview, answer: 'The laptop’s answer.' };
    for (const { path } of OTHER_CONFLICT_COPIES.filter(({ of }) => of !== 'decision.md')) {
      const file = { name: path, text: renderReviewFile(theirs) };
      expect(readDayFileParts(file)).toMatchObject({ status: 'review' });
      expect(parseReviewFile(file, new Date())).toMatchObject({ status: 'review', review: theirs });
    }
  });
});
