import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { getDecisionPlan, setDecisionDate } from '../../../renderer/src/data/decisionRepository';
import { putEntries } from '../../../renderer/src/data/entriesRepository';
import { applyImport, loadExportRequest } from '../../../renderer/src/data/portabilityRepository';
import { saveReview } from '../../../renderer/src/data/reviewsRepository';
import { previewImport } from '../../../renderer/src/portability/previewImport';
import { filesTaken, renderMarkdownExport, resolveImport } from '../../../shared';
import { goodDay } from '../../fixtures/entries';

vi.mock('../../../renderer/src/portability/importWorkerClient', () => import('./inlineImportWorker'));

const TODAY = '2026-11-20';

async function exportedFiles() {
  const files = renderMarkdownExport(await loadExportRequest(null));
  return {
    status: 'loaded' as const,
    source: 'the folder',
    files: files.map((f) => ({ name: f.path, text: f.text })),
    refused: [],
  };
}

async function importFiles(loaded: Awaited<ReturnType<typeof exportedFiles>>) {
  const { preview, customActivities } = await previewImport(loaded);
  await applyImport(resolveImport(preview, new Map(), customActivities, new Date()));
  return preview;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the decision plan through a markdown export and import', () => {
  it('comes back exactly into an empty journal, beside the days', async () => {
    await putEntries([goodDay('2026-11-19')]);
    await setDecisionDate('2027-01-05', TODAY, new Date('2026-11-20T18:00:00.000Z'));
    const plan = await getDecisionPlan();
    const loaded = await exportedFiles();
    await db.delete();
    await db.open();

    const preview = await importFiles(loaded);
    expect(preview.decision).toMatchObject({ action: 'take', mine: null });
    expect(preview.problems).toEqual([]);
    expect(await getDecisionPlan()).toEqual(plan);
    expect(await db.entries.count()).toBe(1);
  });

  it('comes back with the weekly reviews of the same export, and the button names both', async () => {
    await putEntries([goodDay('2026-11-19')]);
    const saved = await saveReview({ week: '2026-W47', question: 'week-repeat', answer: 'The design review.' }, null);
    if (saved.status !== 'saved') throw new Error('the review did not save');
    await setDecisionDate('2027-01-05', TODAY, new Date('2026-11-20T18:00:00.000Z'));
    const plan = await getDecisionPlan();
    const loaded = await exportedFiles();
    expect(loaded.files.map((file) => file.name).sort()).toEqual([
      '2026/2026-11-19.md',
      '2026/2026-W47-review.md',
      'decision.md',
      'index.md',
    ]);
    await db.delete();
    await db.open();

    const { preview, customActivities } = await previewImport(loaded);
    expect(preview.decision).toMatchObject({ action: 'take', mine: null });
    expect(preview.reviews.newReviews.map((review) => review.week)).toEqual(['2026-W47']);
    expect(filesTaken(preview, new Map()).sort()).toEqual([
      '2026/2026-11-19.md',
      '2026/2026-W47-review.md',
      'decision.md',
    ]);
    await applyImport(resolveImport(preview, new Map(), customActivities, new Date()));
    expect(await getDecisionPlan()).toEqual(plan);
    expect(await db.reviews.get('2026-W47')).toEqual(saved.review);
    expect(await db.entries.count()).toBe(1);
  });

  it('leaves a plan saved later in the journal, and refuses a decision.md that does not read', async () => {
    await setDecisionDate('2027-01-05', TODAY, new Date('2026-11-20T18:00:00.000Z'));
    const loaded = await exportedFiles();
    await setDecisionDate('2027-02-01', TODAY, new Date('2026-11-21T08:00:00.000Z'));
    const preview = await importFiles(loaded);
    expect(preview.decision?.action).toBe('keep');
    expect((await getDecisionPlan())?.decisionDate).toBe('2027-02-01');

    const broken = { ...loaded, files: [{ name: 'notes/decision.md', text: '# Decision\n' }] };
    const { preview: refused } = await previewImport(broken);
    expect(refused.decision).toBeUndefined();
    expect(refused.problems).toEqual([
      { name: 'notes/decision.md', reason: 'has no front matter (the block between --- lines at the top)' },
    ]);
  });

  it('writes nothing when the journal’s plan changed after the preview', async () => {
    await setDecisionDate('2027-01-05', TODAY, new Date('2026-11-20T18:00:00.000Z'));
    const loaded = await exportedFiles();
    await setDecisionDate(null, TODAY, new Date('2026-11-19T08:00:00.000Z'));
    const { preview, customActivities } = await previewImport(loaded);
    expect(preview.decision?.action).toBe('take');
    await setDecisionDate('2027-03-03', TODAY, new Date('2026-11-19T09:00:00.000Z'));
    await expect(applyImport(resolveImport(preview, new Map(), customActivities, new Date()))).rejects.toThrow(
      'Your decision changed after the preview',
    );
    expect((await getDecisionPlan())?.decisionDate).toBe('2027-03-03');
  });
});
