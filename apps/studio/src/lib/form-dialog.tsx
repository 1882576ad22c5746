import { Button, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** A dialog holding one form: Enter or the button submits, and the button spins while saving. */
export function FormDialog(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  saving: boolean;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        <Stack>
          {props.children}
          <Button type="submit" loading={props.saving} disabled={props.disabled}>
            {props.submitLabel}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
