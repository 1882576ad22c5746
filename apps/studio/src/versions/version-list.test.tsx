import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VersionList } from './version-list';

const versions = [
  {
    id: 'v2',
    version: 2,
    note: 'Screen from 20 staff',
    hash: 'h2',
    publishedAt: '2026-11-23T10:00:00.000Z',
    live: true,
  },
  {
    id: 'v1',
    version: 1,
    note: '',
    hash: 'h1',
    publishedAt: '2026-11-22T10:00:00.000Z',
    live: false,
  },
];

function renderList(mayRollBack: boolean) {
  const handlers = { onShow: vi.fn(), onCompare: vi.fn(), onRollBack: vi.fn() };
  render(
    <MantineProvider>
      <VersionList versions={versions} selectedId="v1" mayRollBack={mayRollBack} {...handlers} />
    </MantineProvider>,
  );
  return handlers;
}

describe('VersionList', () => {
  it('lists versions newest first with the live badge, note and selection', () => {
    renderList(true);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-testid'))).toEqual(['version-2', 'version-1']);
    expect(rows[0]?.textContent).toContain('Live');
    expect(rows[0]?.textContent).toContain('Screen from 20 staff');
    expect(rows[1]?.textContent).not.toContain('Live');
    expect(rows[1]?.textContent).toContain('No note');
    expect(rows[1]?.getAttribute('aria-current')).toBe('true');
  });

  it('offers rollback on older versions only, to members who may roll back', () => {
    const handlers = renderList(true);
    expect(screen.queryByRole('button', { name: 'Make version 2 live again' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Make version 1 live again' }));
    expect(handlers.onRollBack).toHaveBeenCalledWith(versions[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Compare version 2 with version 1' }));
    expect(handlers.onCompare).toHaveBeenCalledWith('v2');
    fireEvent.click(
      screen.getByRole('button', { name: 'Compare version 1 with the current draft' }),
    );
    expect(handlers.onCompare).toHaveBeenCalledWith('v1');
  });

  it('hides rollback from members who may not roll back', () => {
    const handlers = renderList(false);
    expect(screen.queryByRole('button', { name: /live again/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show version 1' }));
    expect(handlers.onShow).toHaveBeenCalledWith('v1');
  });
});
