import { Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '../lib/confirm-dialog';
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
    <ConfirmDialog
      opened={target !== null}
      onClose={props.onClose}
      title={target ? `Make version ${target.version} live again?` : ''}
      confirmLabel={`Make version ${target?.version} live`}
      busy={rollback.isPending}
      onConfirm={() => target && rollback.mutate({ id: props.flowId, versionId: target.id })}
    >
      <Text size="sm">
        Switchyard publishes a new version with version {target?.version}’s steps and team choices,
        and new leads go through it from then on. The history keeps every version, so reports still
        tell the periods apart.
      </Text>
      <Text size="sm">Your draft is kept as it is: unpublished changes are not lost.</Text>
    </ConfirmDialog>
  );
}
