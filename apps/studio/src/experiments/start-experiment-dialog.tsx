import { Alert, Group, NumberInput, Select, Slider, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../lib/form-dialog';
import { notifyDone } from '../lib/notify';
import { messageOf, type Outputs, useTRPC } from '../lib/trpc';
import { armsOfSplit, initialSplit, type SplitForm, splitProblem } from './experiment-split';
import { useRefreshAfterExperiment } from './use-experiment-mutation';

type Version = Outputs['flow']['versions'][number];

/**
 * "Start experiment": a name, two published versions and how the leads are split. Mounted
 * when opened, so each opening starts from the live version and 50/50.
 */
export function StartExperimentDialog(props: {
  flowId: string;
  versions: readonly Version[];
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterExperiment();
  const [form, setForm] = useState<SplitForm>(() => initialSplit(props.versions));
  const start = useMutation(
    trpc.experiment.start.mutationOptions({
      onSuccess: (started) => {
        notifyDone(`“${started.name}” is running: new leads are split between its versions.`);
        props.onClose();
        return refresh();
      },
    }),
  );
  const problem = splitProblem(form);
  const options = props.versions.map((version) => ({
    value: version.id,
    label: `Version ${version.version}${version.live ? ' (live)' : ''}${version.note ? ` — ${version.note}` : ''}`,
  }));
  const set = (patch: Partial<SplitForm>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <FormDialog
      opened
      onClose={props.onClose}
      title="Start an experiment"
      submitLabel="Start experiment"
      saving={start.isPending}
      disabled={problem !== null}
      onSubmit={() =>
        start.mutate({
          flowId: props.flowId,
          name: form.name.trim() || undefined,
          arms: armsOfSplit(form),
        })
      }
    >
      <Text size="sm">
        New leads are split between two published versions by a stable hash of who they are, so a
        person keeps their version while the experiment runs.
      </Text>
      <TextInput
        label="Name"
        placeholder="Version 1 vs Version 2"
        description="Left empty, the versions name it."
        value={form.name}
        maxLength={200}
        onChange={(event) => set({ name: event.currentTarget.value })}
      />
      {(['versionA', 'versionB'] as const).map((side) => (
        <Select
          key={side}
          label={side === 'versionA' ? 'Version A' : 'Version B'}
          data={options}
          value={form[side]}
          onChange={(picked) => set({ [side]: picked })}
          allowDeselect={false}
        />
      ))}
      <Stack gap={4}>
        <Group justify="space-between" align="flex-end">
          <NumberInput
            label="Version A’s share (%)"
            min={1}
            max={99}
            allowDecimal={false}
            value={form.shareA}
            onChange={(value) => set({ shareA: typeof value === 'number' ? value : 0 })}
            w={170}
          />
          <Text size="sm" data-testid="split">
            A {form.shareA}% · B {100 - form.shareA}%
          </Text>
        </Group>
        <Slider
          min={1}
          max={99}
          value={Math.min(99, Math.max(1, form.shareA))}
          onChange={(shareA) => set({ shareA })}
          label={(value) => `${value} / ${100 - value}`}
          thumbLabel="Version A’s share"
          marks={[{ value: 50, label: '50/50' }]}
          mb="md"
        />
      </Stack>
      {problem && (
        <Text size="sm" c="orange.9" role="status">
          {problem}
        </Text>
      )}
      {start.isError && (
        <Alert color="red" role="alert" title="The experiment did not start">
          {messageOf(start.error)}
        </Alert>
      )}
    </FormDialog>
  );
}
