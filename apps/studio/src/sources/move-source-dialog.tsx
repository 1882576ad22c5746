import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifyError } from '../lib/notify';
import { messageOf, useTRPC } from '../lib/trpc';

/** A source and the flow it would feed instead, named as the manager knows them. */
export type SourceMove = {
  source: { id: string; name: string; flowName: string | null };
  to: { id: string; name: string; live: boolean };
};

/**
 * Confirms moving a source to another flow, with what follows: the next lead goes to the new
 * flow, leads already received stay where they are, and a flow that is not live yet cannot take
 * it (its leads would be turned away). Mount it only while open: it talks to the API.
 */
export function MoveSourceDialog(props: { move: SourceMove; onClose: () => void }) {
  const { source, to } = props.move;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const move = useMutation(
    trpc.source.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.source.pathKey() });
        props.onClose();
      },
      onError: (error) => notifyError(error, `${source.name} was not moved`),
    }),
  );
  return (
    <Modal opened onClose={props.onClose} title={`Send ${source.name}’s leads to ${to.name}?`}>
      <Stack>
        <Text size="sm">
          From its next lead on, {source.name} feeds “{to.name}”
          {source.flowName ? ` instead of “${source.flowName}”` : ''}: that flow’s live version
          decides where each lead goes. Leads already received stay where they are.
        </Text>
        {!to.live && (
          <Alert color="orange" title={`“${to.name}” is not live yet`}>
            Publish it first: until a flow is live, Switchyard turns a source’s leads away and the
            form has to retry.
          </Alert>
        )}
        {move.error && (
          <Text size="sm" c="red" role="alert">
            {messageOf(move.error)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button
            disabled={!to.live}
            loading={move.isPending}
            onClick={() => move.mutate({ id: source.id, flowId: to.id })}
          >
            Move {source.name}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
