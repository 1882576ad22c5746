import { ActionIcon, Tooltip } from '@mantine/core';
import {
  IconLayoutSidebarLeftCollapse,
  IconLayoutSidebarLeftExpand,
  IconLayoutSidebarRightCollapse,
  IconLayoutSidebarRightExpand,
} from '@tabler/icons-react';

const looks = {
  left: {
    name: 'the steps palette',
    hide: IconLayoutSidebarLeftCollapse,
    show: IconLayoutSidebarLeftExpand,
  },
  right: {
    name: 'the side panel',
    hide: IconLayoutSidebarRightCollapse,
    show: IconLayoutSidebarRightExpand,
  },
};

/** Hides or shows a panel beside the canvas, to give the canvas the room. */
export function PanelToggle(props: {
  side: 'left' | 'right';
  shown: boolean;
  onToggle: () => void;
}) {
  const look = looks[props.side];
  const label = `${props.shown ? 'Hide' : 'Show'} ${look.name}`;
  const Icon = props.shown ? look.hide : look.show;
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={props.onToggle} mx={4}>
        <Icon size={18} />
      </ActionIcon>
    </Tooltip>
  );
}
