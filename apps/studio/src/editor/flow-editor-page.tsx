import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { messageOf, useTRPC } from '../lib/trpc';
import { editorQueries } from './editor-queries';
import { FlowEditor } from './flow-editor';

/** `/flows/:flowId`: loads the draft, teams, reps and sources, then opens the editor. */
export function FlowEditorPage() {
  const { flowId = '' } = useParams();
  const trpc = useTRPC();
  const [flow, teams, reps, sources] = useQueries({ queries: editorQueries(trpc, flowId) });
  const failed = [flow, teams, reps, sources].find((q) => q.isError);
  if (failed) {
    return (
      <Stack p="xl">
        <Title order={2}>This flow could not be opened</Title>
        <Text>{messageOf(failed.error)}</Text>
      </Stack>
    );
  }
  if (!flow.data || !teams.data || !reps.data || !sources.data) {
    return (
      <Center h="100%">
        <Loader aria-label="Opening the flow" />
      </Center>
    );
  }
  return (
    <FlowEditor
      key={flow.data.id}
      flow={flow.data}
      teams={teams.data}
      reps={reps.data}
      sources={sources.data}
    />
  );
}
