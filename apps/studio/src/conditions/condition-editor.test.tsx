import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConditionEditor } from './condition-editor';
import { fieldCatalogue } from './field-catalogue';

const catalogue = fieldCatalogue({});
// The demo flow's screening rule (templates/inbound-saas.flow.json).
const demoRule = {
  and: [
    { '!': { var: 'isFreeEmail' } },
    { '>=': [{ var: 'employees' }, 10] },
    { '!': { in: [{ var: 'domain' }, ['rivalsoft.example', 'leadlynx.example']] } },
  ],
};

function renderEditor(rule: unknown) {
  const onChange = vi.fn();
  render(
    <MantineProvider env="test">
      <ConditionEditor label="Rule" rule={rule} catalogue={catalogue} onChange={onChange} />
    </MantineProvider>,
  );
  return onChange;
}

describe('issue 20: viewing a condition never changes it', () => {
  it('shows the demo rule in the builder, every condition of it, and writes nothing', async () => {
    const onChange = renderEditor(demoRule);
    expect(screen.getByRole('tab', { name: 'Conditions', selected: true })).toBeTruthy();
    expect(screen.getByDisplayValue('is no')).toBeTruthy();
    expect(screen.getByDisplayValue('10')).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Advanced (JSON Logic)' }));
    await userEvent.click(screen.getByRole('tab', { name: 'Conditions' }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('leaves a rule the builder cannot show as it is, and offers the Advanced tab', async () => {
    const onChange = renderEditor({ '>': [{ '+': [{ var: 'employees' }, 5] }, 50] });
    expect(screen.getByRole('tab', { name: 'Advanced (JSON Logic)', selected: true })).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Conditions' }));
    expect(screen.getByText(/cannot show exactly, so it is\s+left as it is/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '+ Condition' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Open the Advanced tab' }));
    expect(screen.getByRole('textbox', { name: /as JSON Logic/ })).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('writes the rule once the manager changes a condition', async () => {
    const onChange = renderEditor(demoRule);
    fireEvent.change(screen.getByDisplayValue('10'), { target: { value: '25' } });
    expect(onChange).toHaveBeenLastCalledWith({
      and: [demoRule.and[0], { '>=': [{ var: 'employees' }, 25] }, demoRule.and[2]],
    });
  });
});
