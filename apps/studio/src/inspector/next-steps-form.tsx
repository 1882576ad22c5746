import { Select, Stack, Text } from '@mantine/core';
import type { OutputRoute } from '../editor/next-steps';

/**
 * Where each output of the step leads, as selects: connecting steps from the keyboard (or
 * without dragging), limited to what the flow language allows.
 */
export function NextStepsForm(props: {
  routes: readonly OutputRoute[];
  onRoute: (output: string, target: string | null) => void;
}) {
  if (props.routes.length === 0) return null;
  return (
    <Stack gap={6} role="group" aria-label="Where leads go next">
      <Text size="sm" fw={600}>
        Where leads go next
      </Text>
      {props.routes.map((route) => (
        <Select
          key={route.output}
          size="xs"
          label={route.label}
          placeholder="Not connected yet"
          data={route.choices}
          value={route.target}
          onChange={(target) => props.onRoute(route.output, target)}
          clearable
          searchable
        />
      ))}
    </Stack>
  );
}
