// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MethodView } from '../../../renderer/src/method/MethodView';
import { METHOD_SECTIONS } from '../../../renderer/src/method/MethodSections';
import { DEFAULT_THRESHOLDS } from '../../../shared/analysis';

afterEach(cleanup);

describe('the method page', () => {
  it('explains every number Trends and the brief show, each part linked from its contents', () => {
    render(<MethodView section={null} />);
    expect(screen.getByRole('heading', { level: 1, name: 'How Forkcast reads your journal' })).toBeInTheDocument();
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    for (const { id, title } of METHOD_SECTIONS) {
      expect(within(contents).getByRole('link', { name: title })).toHaveAttribute('href', `#/method/${id}`);
      expect(screen.getByRole('region', { name: title })).toBeInTheDocument();
    }
    const lean = screen.getByRole('region', { name: 'The lean, from −1 to +1' });
    expect(lean).toHaveTextContent('divided by 4 so that it runs from −1 to +1');
    expect(screen.getByRole('region', { name: 'The plausible range' })).toHaveTextContent(
      `it would hold the true lean ${DEFAULT_THRESHOLDS.bandLevel * 100}% of the time`,
    );
    expect(screen.getByRole('region', { name: 'Fairly confident and confident' })).toHaveTextContent(
      'at least 0.15 away from zero',
    );
    expect(screen.getByRole('region', { name: 'Moving, or no change detected' })).toHaveTextContent(
      'That is not the same as steady',
    );
  });

  it('opens at the section a link asked for', () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    render(<MethodView section="range" />);
    const range = screen.getByRole('region', { name: 'The plausible range' });
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(range).toHaveFocus();
  });
});
