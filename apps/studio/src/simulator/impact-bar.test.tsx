import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Impact } from './impact';
import { ImpactBar } from './impact-bar';

const change = (nodeId: string, label: string, delta: number) => ({ nodeId, label, delta });

const impact: Impact = {
  leads: 2000,
  failed: 0,
  edges: new Map(),
  terminals: new Map(),
  changes: [
    change('drop', 'Not a fit', -208),
    change('smb', 'Small-business rep with fewest open leads', 150),
    change('nurture', 'Nurture pool', 58),
  ],
};

describe('the counts bar', () => {
  it('shows the biggest change as written, and how many more there are with all of them (issue 20)', () => {
    render(
      <MantineProvider>
        <ImpactBar
          shown
          onShownChange={() => {}}
          basis={{ kind: 'recent' }}
          onBasisChange={() => {}}
          loading={false}
          impact={impact}
          recentTotal={2000}
          counted={2000}
          live={{ version: 3 }}
        />
      </MantineProvider>,
    );
    const changes = within(screen.getByTestId('impact-changes'));
    const biggest = changes.getByText('−208 to Not a fit');
    expect(biggest.closest('[title]')?.getAttribute('title')).toBe('−208 to Not a fit');
    const more = changes.getByText('+2 more');
    expect(more.closest('[title]')?.getAttribute('title')).toBe(
      '−208 to Not a fit, +150 to Small-business rep with fewest open leads, +58 to Nurture pool',
    );
  });
});
