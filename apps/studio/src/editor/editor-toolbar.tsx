import { Anchor, Badge, Button, Group, Text, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconLayoutDistributeVertical,
  IconRocket,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SaveState } from './use-autosave';

const saveLooks = {
  saved: ['teal', 'Saved'],
  unsaved: ['gray', 'Unsaved changes'],
  saving: ['blue', 'Saving…'],
  conflict: ['red', 'Not saved: conflict'],
  failed: ['red', 'Not saved'],
} as const;

/** The editor's header: the flow's name, whether it is saved, and the editing actions. */
export function EditorToolbar(props: {
  flowId: string;
  name: string;
  save: SaveState;
  /** How the draft stands against the live version. */
  live?: ReactNode;
  errors: number;
  /** No errors and nothing unsaved. */
  publishable: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onTidy: () => void;
  onPublish: () => void;
}) {
  const { save, errors } = props;
  const [colour, saveText] = saveLooks[save.status];
  const history = [
    {
      label: 'Undo',
      hint: 'Undo (Ctrl+Z)',
      icon: IconArrowBackUp,
      onClick: props.onUndo,
      enabled: props.canUndo,
    },
    {
      label: 'Redo',
      hint: 'Redo (Ctrl+Shift+Z)',
      icon: IconArrowForwardUp,
      onClick: props.onRedo,
      enabled: props.canRedo,
    },
  ];
  const publishHint =
    errors > 0
      ? `Fix ${errors} error${errors === 1 ? '' : 's'} first`
      : save.status !== 'saved'
        ? 'Saving your changes…'
        : 'Make this the live version';
  return (
    <Group
      justify="space-between"
      px="md"
      py={6}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      wrap="nowrap"
    >
      <Group gap="sm" wrap="nowrap">
        <Text fw={700} size="lg" truncate>
          {props.name}
        </Text>
        <Badge color={colour} variant="light" role="status" data-testid="save-state">
          {saveText}
        </Badge>
        {props.live}
        <Anchor component={Link} to={`/flows/${props.flowId}/versions`} size="sm">
          History
        </Anchor>
        <Anchor component={Link} to={`/flows/${props.flowId}/experiments`} size="sm">
          Experiments
        </Anchor>
      </Group>
      <Group gap={6} wrap="nowrap">
        {history.map((action) => (
          <Tooltip key={action.label} label={action.hint}>
            <Button
              variant="default"
              size="xs"
              onClick={action.onClick}
              disabled={!action.enabled}
              aria-label={action.label}
            >
              <action.icon size={16} />
            </Button>
          </Tooltip>
        ))}
        <Tooltip label="Tidy up the layout (Shift+L)">
          <Button
            variant="default"
            size="xs"
            onClick={props.onTidy}
            leftSection={<IconLayoutDistributeVertical size={16} />}
          >
            Tidy up
          </Button>
        </Tooltip>
        <Tooltip label={publishHint}>
          <Button
            size="xs"
            leftSection={<IconRocket size={16} />}
            disabled={!props.publishable}
            onClick={props.onPublish}
          >
            Publish
          </Button>
        </Tooltip>
      </Group>
    </Group>
  );
}
