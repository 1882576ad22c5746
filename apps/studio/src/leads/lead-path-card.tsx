import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { FlowView } from '../flow-view/flow-view';
import { tracePath } from '../flow-view/trace-path';
import { viewGraphOf } from '../flow-view/view-graph';
import { traceRows } from './trace-rows';

/**
 * The exact flow version a lead went through, drawn read-only with the lead's path lit and the
 * other steps dimmed: the trace list below says why, the canvas shows where.
 */
export function LeadPathCard(props: {
  version: { id: string; version: number; document?: unknown } | null;
  trace: unknown;
  /** Where the version's history is, for members who may read it; null hides the link. */
  historyHref: string | null;
}) {
  const { version, trace } = props;
  const graph = useMemo(() => viewGraphOf(version?.document), [version?.document]);
  const path = useMemo(() => tracePath(graph, traceRows(trace)), [graph, trace]);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {version ? `Path through flow version ${version.version}` : 'Path through the flow'}
        </Title>
        {version && props.historyHref && (
          <Anchor component={Link} to={props.historyHref} size="sm">
            Version history
          </Anchor>
        )}
      </Group>
      {version ? (
        <FlowView
          graph={graph}
          nodeStatus={path.nodes}
          edgeStatus={path.edges}
          label={`The lead's path through flow version ${version.version}`}
          height={380}
        />
      ) : (
        <Text c="dimmed" size="sm">
          The flow version that routed this lead is no longer available.
        </Text>
      )}
    </Card>
  );
}
