import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TemplateCard } from './template-card';
import { templateCatalogue } from './template-catalogue';

function roundRobin() {
  const entry = templateCatalogue().find((candidate) => candidate.id === 'round-robin');
  if (!entry) throw new Error('The round-robin template is not bundled.');
  return entry;
}

describe('TemplateCard', () => {
  it('shows the facts and the steps in order, and offers the template by name', async () => {
    const onUse = vi.fn();
    render(
      <MantineProvider>
        <TemplateCard entry={roundRobin()} onUse={onUse} />
      </MantineProvider>,
    );
    const card = screen.getByRole('article', { name: 'Round robin' });
    expect(within(card).getByText('5 steps')).toBeTruthy();
    expect(within(card).getByText('Sales reps')).toBeTruthy();
    const steps = within(card).getByRole('list', { name: 'Steps' });
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Capture Web forms',
      'Qualify Business e-mail and a company',
      'Assign Sales reps, in turn',
      'Disqualify Personal e-mail or no company',
      'Pool Waiting for a free rep',
    ]);
    await userEvent.click(
      within(card).getByRole('button', { name: 'Use the template Round robin' }),
    );
    expect(onUse).toHaveBeenCalledOnce();
  });
});
