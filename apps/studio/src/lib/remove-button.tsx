import { ActionIcon } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

/** A small red bin that removes one row; the label names the row for screen readers. */
export function RemoveButton(props: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={props.label} onClick={props.onClick}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}
