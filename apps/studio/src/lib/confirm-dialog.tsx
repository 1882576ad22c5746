import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Asks before a change that is hard to undo: what will happen (the children), Cancel, and the
 * action's own button in a warning colour, which spins while the change is sent.
 */
export function ConfirmDialog(props: {
  opened: boolean;
  title: string;
  confirmLabel: string;
  busy: boolean;
  color?: string;
  disabled?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Stack>
        {props.children}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button
            color={props.color ?? 'orange'}
            loading={props.busy}
            disabled={props.disabled}
            onClick={props.onConfirm}
            data-autofocus
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
