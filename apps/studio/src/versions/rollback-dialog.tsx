import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifyDone, notifyError } from '../lib/notify';
import { useTRPC } from '../lib/trpc';

/**
 * Confirms making an older version live again. Says what really happens: a new version is
 * published with that version's document and team map, and the draft is left as it is.
 */
export function RollbackDialog(props: {
  flowId: string;
  target: { id: string; version: number } | null;
  onClose: () => void;
  onDone: (newVersionId: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rollback = useMutation(
    trpc.flow.rollback.mutationOptions({
      onSuccess: (published) => {
        notifyDone(
          `Version ${published.version} is live: it routes new leads as version ${props.target?.version} did.`,
        );
        props.onDone(published.versionId);
        props.onClose();
        return queryClient.invalidateQueries({ queryKey: trpc.flow.pathKey() });
      },
      onError: (error) => notifyError(error, 'The rollback did not happen'),
    }),
  );
  const target = props.target;
  return (
    <Modal
      opened={target !== null}
      onClose={props.onClose}
      title={target ? `Make version ${target.version} live again?` : ''}
    >
      <Stack>
        <Text size="sm">
          Switchyard publishes a new version with version {target?.version}’s steps and team
          choices, and new leads go through it from then on. The history keeps every version, so
          reports still tell the periods apart.
        </Text>
        <Text size="sm">Your draft is kept as it is: unpublished changes are not lost.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button
            color="orange"
            loading={rollback.isPending}
            onClick={() => target && rollback.mutate({ id: props.flowId, versionId: target.id })}
            data-autofocus
          >
            Make version {target?.version} live
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
