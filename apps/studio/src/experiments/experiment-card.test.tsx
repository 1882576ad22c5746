import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExperimentCard } from './experiment-card';
import type { Experiment } from './experiment-rows';

const running: Experiment = {
  id: 'exp_1',
  flowId: 'flow_1',
  name: 'Screening at 20 staff',
  status: 'running',
  startedAt: '2026-11-01T10:00:00.000Z',
  stoppedAt: null,
  promotedVersionId: null,
  createdBy: 'owner@northwind.example',
  arms: [
    { key: 'a', versionId: 'v2', version: 2, weight: 50, leads: 6, converted: 1 },
    { key: 'b', versionId: 'v1', version: 1, weight: 50, leads: 6, converted: 0 },
  ],
};

function renderCard(experiment: Experiment, canManage: boolean) {
  const onStop = vi.fn();
  const onPromote = vi.fn();
  render(
    <MantineProvider>
      <ExperimentCard
        experiment={experiment}
        canManage={canManage}
        onStop={onStop}
        onPromote={onPromote}
      />
    </MantineProvider>,
  );
  return { card: screen.getByRole('article', { name: experiment.name }), onStop, onPromote };
}

describe('ExperimentCard', () => {
  it('shows each arm’s version, share and leads, and offers stop and promote to managers', async () => {
    const { card, onStop, onPromote } = renderCard(running, true);
    const rows = within(within(card).getByRole('table')).getAllByRole('row');
    expect(rows.slice(1).map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Arm AVersion 250%61/),
      expect.stringMatching(/^Arm BVersion 150%60/),
    ]);
    await userEvent.click(within(card).getByRole('button', { name: 'Stop Screening at 20 staff' }));
    await userEvent.click(
      within(card).getByRole('button', { name: 'Promote the winner of Screening at 20 staff' }),
    );
    expect(onStop).toHaveBeenCalledOnce();
    expect(onPromote).toHaveBeenCalledOnce();
  });

  it('offers no controls to roles that may only read', () => {
    const { card } = renderCard(running, false);
    expect(within(card).queryAllByRole('button')).toEqual([]);
  });

  it('marks the promoted arm and offers nothing more once promoted', () => {
    const { card } = renderCard(
      { ...running, status: 'promoted', stoppedAt: running.startedAt, promotedVersionId: 'v1' },
      true,
    );
    expect(within(card).queryAllByRole('button')).toEqual([]);
    expect(within(card).getByText('Promoted')).toBeTruthy();
  });
});
