import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyDone, notifyError } from '../lib/notify';
import { useTRPC } from '../lib/trpc';

/** Publishing the saved draft as the next live version, with a note for the history. */
export function PublishDialog(props: { flowId: string; opened: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const publish = useMutation(
    trpc.flow.publish.mutationOptions({
      onSuccess: (published) => {
        notifyDone(`Version ${published.version} is live: new leads go through it from now on.`);
        setNote('');
        props.onClose();
        return queryClient.invalidateQueries({ queryKey: trpc.flow.pathKey() });
      },
      onError: (error) => notifyError(error, 'Not published'),
    }),
  );
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Publish this flow">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          publish.mutate({ id: props.flowId, note });
        }}
      >
        <Stack>
          <Text size="sm">
            Every new lead will be routed by this version. The current version stays in the history,
            and you can roll back to it.
          </Text>
          <Textarea
            label="What changed"
            description="Shown in the version history and on reports."
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={500}
            autosize
            minRows={2}
            data-autofocus
          />
          <Button type="submit" loading={publish.isPending}>
            Publish
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
