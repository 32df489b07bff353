// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/data/database';
import { getDecisionPlan, saveExperiment } from '../../../renderer/src/data/decisionRepository';
import { generateJournal } from '../../fixtures/journal';
import { renderTrends, TODAY, useEmptyJournal } from '../trends/renderTrends';

useEmptyJournal();

const card = async () => within(await screen.findByRole('region', { name: 'Experiments' }));
const form = () => within(screen.getByRole('form', { name: /experiment/ }));

describe('Experiments on Trends', () => {
  it('plans one from the keyboard-reachable form, refusing bad input with a message that changes nothing', async () => {
    await db.decision.clear();
    const { user } = await renderTrends(generateJournal({ seed: 5, days: 100, persona: 'architect' }));
    await user.click((await card()).getByRole('button', { name: 'Plan an experiment' }));
    // A fresh form starts today and runs two weeks.
    expect(form().getByLabelText('First day')).toHaveValue(TODAY);
    expect(form().getByLabelText('Last day')).toHaveValue('2026-12-03');

    await user.click(form().getByRole('button', { name: 'Plan experiment' }));
    expect(form().getByRole('alert')).toHaveTextContent('Give the experiment a short name');
    expect(form().getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');

    await user.type(form().getByLabelText('Name'), 'Coaching fortnight');
    await user.click(form().getByLabelText('more people work (management)'));
    await user.clear(form().getByLabelText('First day'));
    await user.type(form().getByLabelText('First day'), '2026-10-01');
    await user.clear(form().getByLabelText('Last day'));
    await user.type(form().getByLabelText('Last day'), '2026-09-30');
    await user.click(form().getByRole('button', { name: 'Plan experiment' }));
    expect(form().getByRole('alert')).toHaveTextContent('The end comes before the start');
    expect(await getDecisionPlan()).toBeNull();

    await user.clear(form().getByLabelText('Last day'));
    await user.type(form().getByLabelText('Last day'), '2026-10-14');
    await user.click(form().getByRole('button', { name: 'Plan experiment' }));
    const list = await (await card()).findByRole('list');
    expect(list).toHaveTextContent('Coaching fortnight: more people work, 1 Oct 2026 – 14 Oct 2026');
    // Ended, so compared with the six weeks before it, in words that follow its bands.
    await waitFor(() => expect(list).toHaveTextContent(/(Changed|No change detected|Too thin to compare): /));
    expect((await card()).getByRole('status')).toHaveTextContent('Experiment “Coaching fortnight” planned.');
    // The lean chart shades it and says so to a screen reader.
    expect(await screen.findByRole('group', { name: /shaded: experiment “Coaching fortnight”/ })).toBeInTheDocument();
    expect((await getDecisionPlan())?.experiments).toEqual([
      { label: 'Coaching fortnight', focus: 'management', start: '2026-10-01', end: '2026-10-14' },
    ]);
  });

  it('refuses one that overlaps another, names the other, and keeps both as they were', async () => {
    await db.decision.clear();
    await saveExperiment(
      { label: 'Design month', focus: 'architecture', start: '2026-10-01', end: '2026-10-28' },
      null,
    );
    const { user } = await renderTrends(generateJournal({ seed: 6, days: 101, persona: 'architect' }));
    await user.click((await card()).getByRole('button', { name: 'Plan an experiment' }));
    await user.type(form().getByLabelText('Name'), 'Overlap');
    await user.clear(form().getByLabelText('First day'));
    await user.type(form().getByLabelText('First day'), '2026-10-28');
    await user.click(form().getByRole('button', { name: 'Plan experiment' }));
    expect(form().getByRole('alert')).toHaveTextContent(
      'It shares days with “Design month” (1 Oct 2026 – 28 Oct 2026). Experiments cannot overlap',
    );
    expect((await getDecisionPlan())?.experiments.map((item) => item.label)).toEqual(['Design month']);
  });

  it('shows a running one as under way, compared once it ends, and a future one as planned; changes and deletes them', async () => {
    await db.decision.clear();
    await saveExperiment({ label: 'Now', focus: 'architecture', start: '2026-11-10', end: '2026-11-30' }, null);
    await saveExperiment({ label: 'Later', focus: 'management', start: '2026-12-07', end: '2026-12-20' }, null);
    const { user } = await renderTrends(generateJournal({ seed: 7, days: 102, persona: 'manager' }));
    const items = await (await card()).findAllByRole('listitem');
    await waitFor(() => expect(items[0]).toHaveTextContent('Under way: Compared once it ends on 30 Nov 2026, since'));
    expect(items[1]).toHaveTextContent('Planned: starts on Monday, 7 December 2026.');

    await user.click((await card()).getByRole('button', { name: 'Change “Later”…' }));
    expect(form().getByLabelText('Name')).toHaveValue('Later');
    await user.clear(form().getByLabelText('Last day'));
    await user.type(form().getByLabelText('Last day'), '2026-12-27');
    await user.click(form().getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await getDecisionPlan())?.experiments[1]?.end).toBe('2026-12-27'));

    await user.click((await card()).getByRole('button', { name: 'Delete “Now”…' }));
    const dialog = within(screen.getByRole('dialog'));
    expect(dialog.getByText('Delete the experiment “Now”?')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect((await getDecisionPlan())?.experiments).toHaveLength(2);
    await user.click((await card()).getByRole('button', { name: 'Delete “Now”…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete the experiment' }));
    expect(await (await card()).findByText('Experiment “Now” deleted.')).toBeInTheDocument();
    expect((await getDecisionPlan())?.experiments.map((item) => item.label)).toEqual(['Later']);
  });
});
