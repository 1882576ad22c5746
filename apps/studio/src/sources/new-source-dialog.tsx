import { PasswordInput, Select, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../lib/form-dialog';
import { localMidnight } from '../lib/format';
import { notifyError } from '../lib/notify';
import { useTRPC } from '../lib/trpc';
import type { ShownCredentials } from './credentials-dialog';
import { type ProviderType, providerInfo, providerTypes, signedTypes } from './provider-samples';
import { webhookUrl } from './webhook-url';

/** A new source: its provider, name and flow; answers its credentials to show once. */
export function NewSourceDialog(props: {
  opened: boolean;
  onClose: () => void;
  onCreated: (sourceId: string, shown: ShownCredentials) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [todayStartsAt] = useState(localMidnight);
  const flows = useQuery({
    ...trpc.flow.list.queryOptions({ todayStartsAt }),
    enabled: props.opened,
  });
  const [type, setType] = useState<ProviderType>('json');
  const [name, setName] = useState('');
  const [flowId, setFlowId] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const create = useMutation(
    trpc.source.create.mutationOptions({
      onSuccess: (created) => {
        void queryClient.invalidateQueries({ queryKey: trpc.source.list.queryKey() });
        props.onCreated(created.id, {
          sourceName: name.trim(),
          webhookUrl: webhookUrl(created.webhookPath),
          credentials: created.credentials,
        });
        setName('');
        setSecret('');
      },
      onError: (error) => notifyError(error, 'The source was not created'),
    }),
  );
  const signed = signedTypes.has(type);
  return (
    <FormDialog
      opened={props.opened}
      onClose={props.onClose}
      title="New source"
      submitLabel="Create source"
      saving={create.isPending}
      disabled={!name.trim() || !flowId}
      onSubmit={() =>
        flowId &&
        create.mutate({
          type,
          name: name.trim(),
          flowId,
          ...(signed && secret.trim() ? { secret: secret.trim() } : {}),
        })
      }
    >
      <Select
        label="Provider"
        data={providerTypes.map((value) => ({ value, label: providerInfo[value].label }))}
        value={type}
        onChange={(value) => value && setType(value as ProviderType)}
        allowDeselect={false}
      />
      <Text size="xs" c="dimmed">
        Deliveries are checked with {providerInfo[type].auth}.
      </Text>
      <TextInput
        label="Name"
        description="As leads and reports show it, e.g. 'Website demo form'."
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
      />
      <Select
        label="Flow"
        description="The flow whose live version decides this source's leads."
        placeholder={flows.isPending ? 'Loading flows…' : 'Choose a flow'}
        data={(flows.data ?? []).map((flow) => ({ value: flow.id, label: flow.name }))}
        value={flowId}
        onChange={setFlowId}
        searchable
        required
      />
      {signed && (
        <PasswordInput
          label="Signing secret (optional)"
          description="Paste it if the provider issued one; otherwise Switchyard makes one to paste there."
          value={secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
        />
      )}
    </FormDialog>
  );
}
