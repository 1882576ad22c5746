import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { FlowView } from '../flow-view/flow-view';
import { viewGraphOf } from '../flow-view/view-graph';
import { messageOf } from '../lib/trpc';
import { useSideDocument } from './use-side-document';

/** One published version drawn read-only. */
export function VersionPanel(props: { flowId: string; versionId: string | null; name: string }) {
  const side = useSideDocument(props.flowId, props.versionId, null);
  const graph = useMemo(() => viewGraphOf(side.document), [side.document]);
  if (props.versionId === null) {
    return <Text c="dimmed">Nothing is published yet: publish the flow from the editor.</Text>;
  }
  if (side.error) return <Alert color="red">{messageOf(side.error)}</Alert>;
  if (side.isPending) {
    return (
      <Center h={480}>
        <Loader aria-label={`Loading ${props.name}`} />
      </Center>
    );
  }
  return (
    <Stack gap="xs">
      <FlowView graph={graph} label={`Steps of ${props.name}`} height={520} />
    </Stack>
  );
}
