import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { checkActionInput } from './lead-actions';

/** Asks for a converted lead's value or a lost lead's reason before recording it. */
export function ActionDialog(props: {
  action: 'converted' | 'lost' | null;
  leadName: string;
  pending: boolean;
  onClose: () => void;
  onSubmit: (input: { value?: number; reason?: string }) => void;
}) {
  const [typed, setTyped] = useState({ value: '', reason: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const { action } = props;
  const close = () => {
    setTyped({ value: '', reason: '' });
    setProblem(null);
    props.onClose();
  };
  return (
    <Modal
      opened={action !== null}
      onClose={close}
      title={action === 'converted' ? `Converted: ${props.leadName}` : `Lost: ${props.leadName}`}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!action) return;
          const check = checkActionInput(action, typed);
          if (!check.ok) return setProblem(check.message);
          props.onSubmit(check.value);
        }}
      >
        <Stack>
          {action === 'converted' ? (
            <TextInput
              label="Deal value"
              description="Leave blank when you do not know it yet."
              inputMode="decimal"
              value={typed.value}
              onChange={(event) => setTyped({ ...typed, value: event.currentTarget.value })}
              error={problem}
              data-autofocus
            />
          ) : (
            <Textarea
              label="Reason"
              description="Managers read it in the reports."
              value={typed.reason}
              onChange={(event) => setTyped({ ...typed, reason: event.currentTarget.value })}
              error={problem}
              required
              data-autofocus
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={props.pending}>
              {action === 'converted' ? 'Mark converted' : 'Mark lost'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
