import { describe, expect, it } from 'vitest';
import { dateInFileName, isSyncConflictPath, parseDayFile, renderDayFile, syncConflictDay } from '../../../shared';
import { goodDay } from '../../fixtures/entries';
import { NOT_CONFLICT_COPIES, SYNC_CONFLICT_COPIES } from '../../fixtures/syncConflicts';

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
