import { Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { type NodeKind, nodeKinds } from '@switchyard/flow';
import type { CSSProperties } from 'react';
import { kindLooks, stageColours } from '../nodes/kind-looks';

/** The drag payload type: the node kind being dragged onto the canvas. */
export const kindMime = 'application/x-switchyard-kind';

/**
 * The node kinds, each with its icon, stage colour and one line; drag one onto the canvas, or
 * press it (mouse or keyboard) to add it in the middle of the view.
 */
export function Palette({ onAdd }: { onAdd: (kind: NodeKind) => void }) {
  return (
    <Stack gap={6} p="xs" w={180} style={{ overflowY: 'auto' }} aria-label="Steps you can add">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        Add a step
      </Text>
      {(Object.keys(kindLooks) as NodeKind[]).map((kind) => {
        const look = kindLooks[kind];
        return (
          <UnstyledButton
            key={kind}
            className="palette-item"
            draggable
            onDragStart={(event) => {
              event.dataTransfer.setData(kindMime, kind);
              event.dataTransfer.effectAllowed = 'move';
            }}
            onClick={() => onAdd(kind)}
            aria-label={`Add ${look.title}: ${nodeKinds[kind].description}`}
            data-testid={`palette-${kind}`}
          >
            <Paper
              withBorder
              p={6}
              style={{ borderLeft: `4px solid ${stageColours[look.stage]}` } as CSSProperties}
            >
              <Text size="sm" fw={600} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                <look.icon size={16} color={stageColours[look.stage]} aria-hidden />
                {look.title}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3}>
                {nodeKinds[kind].description}
              </Text>
            </Paper>
          </UnstyledButton>
        );
      })}
    </Stack>
  );
}
