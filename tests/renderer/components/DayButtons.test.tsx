// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import type { LocalDate } from '../../../shared';
import { DayButtons } from '../../../renderer/src/components/DayButtons';

afterEach(cleanup);

it('names each day on its own button, and a click opens that day', async () => {
  const opened: LocalDate[] = [];
  render(<DayButtons dates={['2026-11-02', '2026-11-04'] as LocalDate[]} onOpenDay={(date) => opened.push(date)} />);
  const buttons = screen.getAllByRole('button');
  expect(buttons.map((button) => button.textContent)).toEqual(['Mon, 2 Nov 2026', 'Wed, 4 Nov 2026']);
  await userEvent.click(screen.getByRole('button', { name: 'Wed, 4 Nov 2026' }));
  expect(opened).toEqual(['2026-11-04']);
});
