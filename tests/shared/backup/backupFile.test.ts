import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, backupFileName, createBackup, parseBackup, type BackupData } from '../../../shared';
import {
  customActivityArbitrary,
  journalArbitrary,
  reviewsArbitrary,
  timestampArbitrary,
} from '../../fixtures/entryArbitrary';
import { badDay, goodDay } from '../../fixtures/entries';

const NOW = new Date('2026-11-20T18:00:00.000Z');
const data: BackupData = {
  entries: [goodDay('2026-11-19'), badDay('2026-11-20')],
  customActivities: [
    { id: 'custom-board-prep', label: 'Board prep', lean: 'management', createdAt: '2026-01-01T00:00:00.000Z' },
  ],
  settings: [
    { key: 'lastBackupAt', value: '2026-11-01T10:00:00.000Z' },
    { key: 'storagePersistence', value: { askedAt: '2026-01-01T00:00:00.000Z', granted: true } },
  ],
  reviews: [
    {
      week: '2026-W47',
      question: 'week-repeat',
      answer: 'The design review.',
      createdAt: '2026-11-20T18:00:00.000Z',
      updatedAt: '2026-11-20T18:00:00.000Z',
      revision: 1,
    },
  ],
};
const text = createBackup(data, NOW);

function reasonFor(candidate: string): string {
  const result = parseBackup(candidate);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.reason;
}

/** Rewrites the parsed file and serialises it again, keeping the old checksum. */
function edit(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(text) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('backup files', () => {
  it('name their format, version and checksum', () => {
    expect(JSON.parse(text)).toMatchObject({
      format: 'forkcast-backup',
      version: BACKUP_VERSION,
      createdAt: NOW.toISOString(),
      checksum: expect.stringMatching(/^sha256-[0-9a-f]{64}$/),
    });
    expect(backupFileName(NOW)).toBe('forkcast-backup-2026-11-20.json');
  });

  it('read back exactly what was saved', () => {
    fc.assert(
      fc.property(
        journalArbitrary(),
        fc.uniqueArray(customActivityArbitrary, { selector: (activity) => activity.id, maxLength: 5 }),
        timestampArbitrary,
        reviewsArbitrary(),
        (entries, customActivities, stamp, reviews) => {
          const saved: BackupData = {
            entries,
            customActivities,
            settings: [{ key: 'lastBackupAt', value: stamp }],
            reviews,
          };
          expect(parseBackup(createBackup(saved, NOW))).toEqual({
            ok: true,
            backup: { createdAt: NOW.toISOString(), data: saved },
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keep an unrated activity unrated', () => {
    const unrated: BackupData = {
      ...data,
      entries: [goodDay('2026-11-19', { activities: [{ id: 'spike', feel: null }] })],
    };
    const result = parseBackup(createBackup(unrated, NOW));
    expect(result.ok && 'backup' in result && result.backup.data.entries[0]?.activities).toEqual([
      { id: 'spike', feel: null },
    ]);
  });

  it('read a version 1 file, written before activities could be unrated, exactly as it was', () => {
    const v1 = readFileSync(new URL('../../fixtures/backup/v1.json', import.meta.url), 'utf8');
    const stored = (JSON.parse(v1) as { version: number; data: BackupData }).data;
    expect(JSON.parse(v1)).toMatchObject({ version: 1 });
    const result = parseBackup(v1);
    // Written before the weekly review, it reads as having none.
    expect(result).toEqual({
      ok: true,
      backup: { createdAt: '2026-11-20T18:00:00.000Z', data: { ...stored, reviews: [] } },
    });
    // A neutral feel stays neutral: 0, never unrated.
    expect(
      result.ok && 'backup' in result && result.backup.data.entries[1]?.activities.map((activity) => activity.feel),
    ).toEqual([0, 0]);
  });

  it('read a format 4 file, with weekly reviews and from before the decision plan, as having no plan', () => {
    const v4 = readFileSync(new URL('../../fixtures/backup/v4.json', import.meta.url), 'utf8');
    const file = JSON.parse(v4) as { version: number; createdAt: string; data: BackupData };
    expect(file.version).toBe(4);
    expect(file.data.reviews).toHaveLength(1);
    expect(file.data).not.toHaveProperty('decision');
    const result = parseBackup(v4);
    expect(result).toEqual({ ok: true, backup: { createdAt: file.createdAt, data: file.data } });
    expect(result.ok && 'backup' in result && result.backup.data.decision).toBeUndefined();
  });

  it('read a format 5 file, with a decision plan from before experiments, as a plan with none', () => {
    const v5 = readFileSync(new URL('../../fixtures/backup/v5.json', import.meta.url), 'utf8');
    const file = JSON.parse(v5) as { version: number; createdAt: string; data: BackupData };
    expect(file.version).toBe(5);
    expect(file.data.decision).not.toHaveProperty('experiments');
    const result = parseBackup(v5);
    expect(result).toEqual({
      ok: true,
      backup: {
        createdAt: file.createdAt,
        data: { ...file.data, decision: { ...file.data.decision, experiments: [] } },
      },
    });
  });

  it('refuse a plan whose experiments share days, naming them', () => {
    const decision = {
      decisionDate: null,
      record: null,
      experiments: [
        { label: 'People first', focus: 'management', start: '2026-10-01', end: '2026-10-14' },
        { label: 'Design month', focus: 'architecture', start: '2026-10-14', end: '2026-11-10' },
      ],
      updatedAt: '2026-11-20T18:00:00.000Z',
    } satisfies BackupData['decision'];
    const result = parseBackup(createBackup({ ...data, decision }, NOW));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(
      /decision\.experiments\.1.*shares days with experiment 1 \(“People first”\)/,
    );
  });

  it('carry the decision plan since format 5, with its experiments since format 6', () => {
    const decision = {
      decisionDate: '2027-01-05',
      record: null,
      experiments: [
        { label: 'Two weeks of design reviews', focus: 'architecture', start: '2026-11-02', end: '2026-11-15' },
      ],
      updatedAt: '2026-11-20T18:00:00.000Z',
    } satisfies BackupData['decision'];
    const result = parseBackup(createBackup({ ...data, decision }, NOW));
    expect(JSON.parse(createBackup({ ...data, decision }, NOW))).toMatchObject({ version: 6 });
    expect(result.ok && 'backup' in result && result.backup.data.decision).toEqual(decision);
  });

  it('do not depend on key order or spacing, only on content', () => {
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    expect(parseBackup(pretty).ok).toBe(true);
  });

  it.each([
    [
      'a truncated file',
      text.slice(0, -100),
      'The backup file is cut short or damaged: it is not complete JSON. Nothing was restored.',
    ],
    ['an empty file', '', 'This is not a Forkcast backup: it is not a JSON file. Nothing was restored.'],
    [
      'a markdown file',
      '# Forkcast journal',
      'This is not a Forkcast backup: it is not a JSON file. Nothing was restored.',
    ],
    [
      'JSON of another kind',
      '{"entries": []}',
      'This is not a Forkcast backup: it does not say it is one. Nothing was restored.',
    ],
    [
      'a tampered day',
      text.replace('Calibration ran long', 'Calibration ran short'),
      'The backup does not match its checksum, so it was changed or damaged after it was saved. Nothing was restored.',
    ],
    [
      'a removed day',
      edit((file) => (file.data as BackupData).entries.pop()),
      'The backup does not match its checksum, so it was changed or damaged after it was saved. Nothing was restored.',
    ],
    [
      'a newer format version',
      edit((file) => (file.version = BACKUP_VERSION + 1)),
      `This backup was made by a newer version of Forkcast (backup format ${BACKUP_VERSION + 1}; this app reads up to ${BACKUP_VERSION}). Update Forkcast to restore it. Nothing was restored.`,
    ],
    [
      'a missing version',
      edit((file) => delete file.version),
      'The backup has no valid format version. Nothing was restored.',
    ],
  ])('refuse %s with a clear reason', (_, candidate, reason) => {
    expect(reasonFor(candidate)).toBe(reason);
  });

  it('refuse the wrong shape even with a matching checksum', () => {
    const wrong = createBackup({ ...data, entries: [{ ...goodDay('2026-11-20'), energy: 9 }] }, NOW);
    expect(reasonFor(wrong)).toMatch(
      /^The backup is not in the shape Forkcast expects \(data\.entries\.0\.energy .*\)\. Nothing was restored\.$/,
    );
    const twice = createBackup({ ...data, entries: [goodDay('2026-11-20'), goodDay('2026-11-20')] }, NOW);
    expect(reasonFor(twice)).toContain('data.entries hold a day twice');
  });
});
