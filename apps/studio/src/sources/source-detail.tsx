import {
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyError } from '../lib/notify';
import { type Outputs, useTRPC } from '../lib/trpc';
import type { ShownCredentials } from './credentials-dialog';
import { flowFacts } from './flow-facts';
import { MappingEditor } from './mapping-editor';
import { MoveSourceDialog, type SourceMove } from './move-source-dialog';
import { type ProviderType, providerInfo } from './provider-samples';
import { SampleTest } from './sample-test';
import { webhookUrl } from './webhook-url';

type Source = Outputs['source']['list'][number];

/** One source: where it posts, its key rotation, its field mapping and a sample to try. */
export function SourceDetail(props: {
  source: Source;
  canManage: boolean;
  onCredentials: (shown: ShownCredentials) => void;
}) {
  const { source } = props;
  const trpc = useTRPC();
  const flow = useQuery({
    ...trpc.flow.byId.queryOptions({ id: source.flowId ?? '' }),
    enabled: source.flowId !== null,
  });
  const facts = flowFacts(flow.data?.draft);
  const flows = useQuery({ ...trpc.flow.list.queryOptions(), enabled: props.canManage });
  const [move, setMove] = useState<SourceMove | null>(null);
  const url = webhookUrl(source.webhookPath);
  const [confirming, confirm] = useDisclosure(false);
  const rotate = useMutation(
    trpc.source.rotateKey.mutationOptions({
      onSuccess: (rotated) => {
        confirm.close();
        props.onCredentials({
          sourceName: source.name,
          webhookUrl: webhookUrl(rotated.webhookPath),
          credentials: rotated.credentials,
        });
      },
      onError: (error) => notifyError(error, 'The key was not rotated'),
    }),
  );
  const credential = source.hasApiKey ? 'API key' : source.hasSecret ? 'signing secret' : null;
  const label = providerInfo[source.type as ProviderType]?.label ?? source.type;
  return (
    <Card withBorder component="section" aria-label={`Source ${source.name}`}>
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4">
            {source.name}{' '}
            <Text span c="dimmed">
              · {label}
            </Text>
          </Title>
          {props.canManage && credential && (
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} />}
              onClick={confirm.open}
            >
              Rotate {credential}
            </Button>
          )}
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Webhook URL
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Code block style={{ flex: 1 }} data-testid="webhook-url">
              {url}
            </Code>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={copy}
                  color={copied ? 'teal' : 'blue'}
                >
                  {copied ? 'Copied' : 'Copy URL'}
                </Button>
              )}
            </CopyButton>
          </Group>
          {credential && (
            <Text size="xs" c="dimmed">
              The {credential} was shown once when it was made; rotate it if it was lost.
            </Text>
          )}
        </Stack>
        {props.canManage ? (
          <Select
            label="Feeds the flow"
            description="The flow whose live version decides this source’s leads."
            data={(flows.data ?? []).map((f) => ({
              value: f.id,
              label: f.liveVersionId ? f.name : `${f.name} (not live yet)`,
            }))}
            value={source.flowId}
            placeholder={flows.isPending ? 'Loading flows…' : 'No flow'}
            allowDeselect={false}
            onChange={(flowId) => {
              const to = flows.data?.find((f) => f.id === flowId);
              if (!to || to.id === source.flowId) return;
              setMove({
                source: { id: source.id, name: source.name, flowName: source.flowName },
                to: { id: to.id, name: to.name, live: Boolean(to.liveVersionId) },
              });
            }}
          />
        ) : (
          <Text size="sm">Feeds the flow “{source.flowName ?? 'none'}”.</Text>
        )}
        {move && <MoveSourceDialog move={move} onClose={() => setMove(null)} />}
        <Title order={4} size="h5">
          Field mapping
        </Title>
        <MappingEditor
          key={JSON.stringify(source.mapping)}
          sourceId={source.id}
          mapping={source.mapping}
          customFields={facts.customFields}
          canManage={props.canManage}
        />
        <Title order={4} size="h5">
          Test with a sample
        </Title>
        <SampleTest sourceId={source.id} type={source.type} nodeLabels={facts.nodeLabels} />
      </Stack>
      <Modal opened={confirming} onClose={confirm.close} title={`Rotate the ${credential}?`}>
        <Stack>
          <Text size="sm">
            The current {credential} of {source.name} stops working at once: deliveries signed or
            sent with it are refused until the form uses the new one, which is shown once.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={rotate.isPending}
              onClick={() => rotate.mutate({ id: source.id })}
            >
              Rotate now
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
