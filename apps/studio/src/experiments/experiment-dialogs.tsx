import { Radio, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../lib/confirm-dialog';
import { notifyDone, notifyError } from '../lib/notify';
import { useTRPC } from '../lib/trpc';
import { armLabel, type Experiment } from './experiment-rows';
import { useRefreshAfterExperiment } from './use-experiment-mutation';

/** Confirms stopping a running experiment: the live version takes every lead again. */
export function StopExperimentDialog(props: { experiment: Experiment; onClose: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterExperiment();
  const stop = useMutation(
    trpc.experiment.stop.mutationOptions({
      onSuccess: (stopped) => {
        notifyDone(`“${stopped.name}” stopped: the live version routes every new lead again.`);
        props.onClose();
        return refresh();
      },
      onError: (error) => notifyError(error, 'The experiment did not stop'),
    }),
  );
  return (
    <ConfirmDialog
      opened
      title={`Stop “${props.experiment.name}”?`}
      confirmLabel="Stop the experiment"
      busy={stop.isPending}
      onConfirm={() => stop.mutate({ id: props.experiment.id })}
      onClose={props.onClose}
    >
      <Text size="sm">
        New leads stop being split and go through the flow’s live version again. The results so far
        are kept, and you can still promote an arm afterwards.
      </Text>
    </ConfirmDialog>
  );
}

/** Picks the winning arm and makes its version the flow's live version. */
export function PromoteDialog(props: { experiment: Experiment; onClose: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterExperiment();
  const { experiment } = props;
  const [versionId, setVersionId] = useState<string | null>(null);
  const promote = useMutation(
    trpc.experiment.promote.mutationOptions({
      onSuccess: (promoted) => {
        const arm = promoted.arms.find((a) => a.versionId === promoted.promotedVersionId);
        notifyDone(`Version ${arm?.version ?? ''} is live: it routes every new lead now.`);
        props.onClose();
        return refresh();
      },
      onError: (error) => notifyError(error, 'Nothing was promoted'),
    }),
  );
  const picked = experiment.arms.find((arm) => arm.versionId === versionId);
  return (
    <ConfirmDialog
      opened
      title={`Promote the winner of “${experiment.name}”`}
      confirmLabel={picked ? `Make version ${picked.version ?? ''} live` : 'Choose an arm'}
      busy={promote.isPending}
      disabled={!picked}
      onConfirm={() => versionId && promote.mutate({ id: experiment.id, versionId })}
      onClose={props.onClose}
    >
      <Radio.Group label="The winning arm" value={versionId} onChange={setVersionId}>
        <Stack gap="xs" mt="xs">
          {experiment.arms.map((arm) => (
            <Radio
              key={arm.key}
              value={arm.versionId}
              // A deleted version cannot be made live again; the API would refuse it.
              disabled={arm.version === null}
              label={`${armLabel(arm.key)}: ${arm.version === null ? 'a removed version' : `version ${arm.version}`}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="sm">
        {experiment.status === 'running' ? 'The experiment stops and the' : 'The'} chosen version
        becomes the live one: every new lead goes through it. Nothing new is published, so its
        results and its later leads stay under one version.
      </Text>
    </ConfirmDialog>
  );
}
