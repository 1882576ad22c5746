import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fieldCatalogue } from '../conditions/field-catalogue';
import { preloadConditionEditor } from '../conditions/lazy-condition-editor';
import type { DocNode } from '../editor/flow-graph';
import type { OutputRoute } from '../editor/next-steps';
import { kindLooks } from '../nodes/kind-looks';
import type { InspectorChoices } from './inspector-props';
import { NodeInspector } from './node-inspector';

const choices: InspectorChoices = {
  catalogue: fieldCatalogue({}),
  teams: [
    { value: 'ent', label: 'Enterprise AEs' },
    { value: 'smb', label: 'SMB team' },
  ],
  reps: [{ value: 'rep_1', label: 'Ana Ruiz' }],
  pools: [{ value: 'later', label: 'Later' }],
  matchNodes: [],
  sources: [],
};

/** The inspector over a step held in state, as the editor holds it; `seen` gets each version. */
function renderInspector(
  start: DocNode,
  extra: { routes?: OutputRoute[]; onRoute?: (output: string, target: string | null) => void } = {},
) {
  const seen: DocNode[] = [];
  function Harness() {
    const [node, setNode] = useState(start);
    return (
      <NodeInspector
        node={node}
        choices={choices}
        onChange={(change) =>
          setNode((current) => {
            const next = change(current);
            seen.push(next);
            return next;
          })
        }
        onDelete={() => {}}
        {...extra}
      />
    );
  }
  render(
    <MantineProvider env="test">
      <Harness />
    </MantineProvider>,
  );
  const latest = () => {
    const last = seen.at(-1);
    if (!last) throw new Error('The step was never changed.');
    return last;
  };
  return { latest };
}

const step = (kind: keyof typeof kindLooks, id = `${kind}-1`): DocNode => ({
  id,
  ...kindLooks[kind].defaults(),
  kind,
  position: { x: 0, y: 0 },
});

describe('the inspector forms', () => {
  // As the editor does once its canvas is up: the condition editor then renders at once.
  beforeAll(() => preloadConditionEditor());

  it('renames a step', async () => {
    const { latest } = renderInspector(step('disqualify'));
    const name = screen.getByLabelText('Step name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Students');
    expect(latest().label).toBe('Students');
  });

  it('sets an assign step’s strategy, team and daily cap, and clears the cap', async () => {
    const { latest } = renderInspector(step('assign'));
    await userEvent.click(screen.getByRole('combobox', { name: 'Team' }));
    await userEvent.click(await screen.findByRole('option', { name: 'SMB team' }));
    expect(latest().config.team).toBe('smb');

    await userEvent.click(screen.getByRole('combobox', { name: 'Pick a rep by' }));
    await userEvent.click(await screen.findByRole('option', { name: /weighted/i }));
    expect((latest().config.strategy as { type: string }).type).toBe('weighted');

    const cap = screen.getByRole('textbox', { name: 'Daily cap per rep' });
    await userEvent.type(cap, '20');
    expect(latest().config.dailyCap).toBe(20);
    await userEvent.clear(cap);
    expect(latest().config.dailyCap).toBeUndefined();
  });

  // The country picker renders some 250 options in jsdom: slow, so a longer budget.
  it('builds a territory table: country, state, postal prefix → rep', {
    timeout: 30_000,
  }, async () => {
    const { latest } = renderInspector({
      ...step('assign'),
      config: { ...step('assign').config, strategy: { type: 'territory' } },
    });
    await userEvent.click(screen.getByRole('button', { name: '+ Territory' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Country' }));
    await userEvent.keyboard('Germany');
    await userEvent.click(await screen.findByRole('option', { name: /Germany/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Postal code starts' }), '10');
    await userEvent.click(screen.getByRole('combobox', { name: 'Goes to' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Ana Ruiz' }));
    expect(latest().config.strategy).toEqual({
      type: 'territory',
      rules: [{ id: 'territory-1', country: 'DE', postalPrefix: '10', repId: 'rep_1' }],
    });
  });

  it('lists the skills a rep must have', async () => {
    const { latest } = renderInspector({
      ...step('assign'),
      config: { ...step('assign').config, strategy: { type: 'skills' } },
    });
    await userEvent.click(screen.getByRole('button', { name: '+ Skill' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: "is among the rep's skill" }),
      'languages',
    );
    expect(latest().config.strategy).toEqual({
      type: 'skills',
      requirements: [{ field: 'language', skill: 'languages' }],
    });
  });

  it('takes a qualify rule as JSON Logic, and refuses what is not JSON Logic', async () => {
    const { latest } = renderInspector(step('qualify'));
    await userEvent.click(screen.getByRole('tab', { name: 'Advanced (JSON Logic)' }));
    const raw = screen.getByRole('textbox', { name: /as JSON Logic/ });
    fireEvent.change(raw, { target: { value: '{">=": [{"var": "employees"}, 500]}' } });
    expect(latest().config.rule).toEqual({ '>=': [{ var: 'employees' }, 500] });

    fireEvent.change(raw, { target: { value: '{"xor": [true, false]}' } });
    expect(
      await screen.findByText(/xor/, { selector: '.mantine-InputWrapper-error' }),
    ).toBeTruthy();
    fireEvent.change(raw, { target: { value: '{">=": [' } });
    expect(await screen.findByText('This is not valid JSON yet.')).toBeTruthy();
    // Neither the unknown operator nor the broken text reached the step.
    expect(latest().config.rule).toEqual({ '>=': [{ var: 'employees' }, 500] });
  });

  it('shows the employees rule in the condition builder', () => {
    renderInspector({
      ...step('qualify'),
      config: { rule: { '>=': [{ var: 'employees' }, 1000] } },
    });
    expect(screen.getByDisplayValue('1000')).toBeTruthy();
    expect(screen.queryByText(/cannot show as it is/)).toBeNull();
  });

  it('says when a split’s arms do not add up to 100 %', async () => {
    const { latest } = renderInspector(step('split'));
    expect(screen.getByText(/^Total 100%$/)).toBeTruthy();
    const shares = screen.getAllByRole('textbox', { name: 'Share %' });
    await userEvent.clear(shares[0] as HTMLElement);
    await userEvent.type(shares[0] as HTMLElement, '30');
    expect(screen.getByText(/must be 100%/)).toBeTruthy();
    expect((latest().config.arms as Array<{ weight: number }>)[0]?.weight).toBe(30);
  });

  it('adds a branch case', async () => {
    const { latest } = renderInspector(step('branch'));
    const before = (step('branch').config.cases as unknown[]).length;
    await userEvent.click(screen.getByRole('button', { name: '+ Case' }));
    expect((latest().config.cases as unknown[]).length).toBe(before + 1);
  });

  it('connects an output from the keyboard', async () => {
    const onRoute = vi.fn();
    renderInspector(step('qualify'), {
      routes: [
        { output: 'pass', label: 'Passes', target: null, choices: [{ value: 'ae', label: 'AEs' }] },
        { output: 'fail', label: 'Fails', target: 'ae', choices: [{ value: 'ae', label: 'AEs' }] },
      ],
      onRoute,
    });
    const group = screen.getByRole('group', { name: 'Where leads go next' });
    await userEvent.click(within(group).getByRole('combobox', { name: 'Passes' }));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onRoute).toHaveBeenCalledWith('pass', 'ae');
  });
});
