// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NavBar } from '../../../renderer/src/app/NavBar';
import { useLiveFolderChanged, useLiveFolderMirror } from '../../../renderer/src/portability/useLiveFolder';
import type { LiveFolderChanged } from '../../../shared';
import { bridge as fake } from '../portability/fakeBridge';

vi.mock('../../../renderer/src/bridge/bridge', () => import('../portability/fakeBridge'));

afterEach(cleanup);

/** The nav bar as the open journal shows it, its Settings item counting the live folder's changed files. */
function OpenJournal({ onNavigate, onOpen }: { onNavigate: () => void; onOpen: () => void }) {
  useLiveFolderMirror();
  const changed = useLiveFolderChanged();
  return (
    <NavBar
      current="today"
      onNavigate={onNavigate}
      notice={{ view: 'settings', count: changed, description: `${changed} files changed, to review`, onOpen }}
    />
  );
}

describe('the nav bar’s notice of changes in the live folder', () => {
  it('appears on Settings while files wait, named for screen readers, and leads to them', async () => {
    let tell: ((event: LiveFolderChanged) => void) | null = null;
    fake.onLiveFolderChanged.mockImplementationOnce((listener) => {
      tell = listener;
      return () => (tell = null);
    });
    fake.getLiveFolder.mockResolvedValueOnce({ status: 'on', folder: '/home/me/Journal' });
    fake.writeLiveFolder.mockResolvedValue({
      status: 'saved',
      location: '/home/me/Journal',
      written: 0,
      unchanged: 1,
      removed: 0,
      conflicts: [],
      session: null,
      warnings: [],
    });
    const onNavigate = vi.fn();
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<OpenJournal onNavigate={onNavigate} onOpen={onOpen} />);
    expect(await screen.findByRole('button', { name: 'Settings' })).toBeInTheDocument();
    await vi.waitFor(() => expect(tell).not.toBeNull());

    act(() => tell?.({ changed: 2 }));
    const settings = await screen.findByRole('button', { name: 'Settings, 2 files changed, to review' });
    expect(settings).toHaveTextContent('Settings2');
    settings.focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledOnce();
    expect(onNavigate).not.toHaveBeenCalled();

    act(() => tell?.({ changed: 0 }));
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(onNavigate).toHaveBeenCalledWith('settings');
    expect(onOpen).toHaveBeenCalledOnce();
  });
});
