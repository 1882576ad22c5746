import { Anchor, Badge, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { diffFlows } from '../flow-view/flow-diff';
import { useTRPC } from '../lib/trpc';
import type { FlowDocument } from './flow-graph';

/**
 * Whether the draft is what runs: after a rollback the live version is an older document, and
 * Publish would send the draft's rules out again (issue 20). Links to the comparison.
 */
export function LiveDifference(props: {
  flowId: string;
  liveVersionId: string | null;
  document: FlowDocument;
  teamMap: Readonly<Record<string, string>>;
}) {
  const trpc = useTRPC();
  const { flowId, liveVersionId, document, teamMap } = props;
  const live = useQuery({
    ...trpc.flow.version.queryOptions({ id: flowId, versionId: liveVersionId ?? '' }),
    enabled: liveVersionId !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const changes = useMemo(
    () =>
      live.data
        ? diffFlows(live.data.document, document, { older: live.data.teamMap, newer: teamMap })
            .changes.length
        : 0,
    [live.data, document, teamMap],
  );
  if (liveVersionId === null)
    return (
      <Text size="sm" c="dimmed" data-testid="live-difference">
        Not published yet
      </Text>
    );
  if (!live.data) return null;
  const version = `v${live.data.version}`;
  if (changes === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="live-difference">
        Same as live ({version})
      </Text>
    );
  const compare = `/flows/${flowId}/versions?tab=compare&from=${liveVersionId}&to=draft`;
  return (
    <Anchor component={Link} to={compare} size="sm" data-testid="live-difference">
      <Badge color="orange" variant="light" style={{ cursor: 'pointer' }}>
        Draft differs from live ({version})
      </Badge>
    </Anchor>
  );
}
