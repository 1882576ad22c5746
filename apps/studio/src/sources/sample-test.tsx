import {
  Badge,
  Button,
  Card,
  Code,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf, type Outputs, useTRPC } from '../lib/trpc';
import { parseSample, sampleText } from './provider-samples';

type Preview = Outputs['source']['test'];
type PreviewLead = Preview['leads'][number];

/**
 * "Send test payload": the provider's sample (editable) goes through the source's mapping,
 * normalisation and the live flow's decision on the server; nothing is stored or assigned.
 */
export function SampleTest(props: {
  sourceId: string;
  type: string;
  /** Node id → label of the source's flow, to name the terminal a lead reached. */
  nodeLabels: ReadonlyMap<string, string>;
}) {
  const trpc = useTRPC();
  const [text, setText] = useState(() => sampleText(props.type));
  const [problem, setProblem] = useState<string | null>(null);
  const test = useMutation(
    trpc.source.test.mutationOptions({
      onMutate: () => setProblem(null),
      onError: (error) => setProblem(messageOf(error)),
    }),
  );
  const send = () => {
    const sample = parseSample(text);
    if (!sample.ok) return setProblem(sample.message);
    test.mutate({ id: props.sourceId, sample: sample.value });
  };
  return (
    <Stack gap="xs">
      <Textarea
        label="Sample payload"
        description="A delivery as this provider sends it. Edit it to try other leads."
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={6}
        maxRows={16}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
      />
      <Group gap="xs">
        <Button leftSection={<IconSend size={16} />} loading={test.isPending} onClick={send}>
          Send test payload
        </Button>
        <Button variant="subtle" onClick={() => setText(sampleText(props.type))}>
          Reset sample
        </Button>
      </Group>
      {problem && (
        <Text c="red" size="sm" role="alert">
          {problem}
        </Text>
      )}
      {test.data && <PreviewResult preview={test.data} nodeLabels={props.nodeLabels} />}
    </Stack>
  );
}

function PreviewResult(props: { preview: Preview; nodeLabels: ReadonlyMap<string, string> }) {
  const { preview } = props;
  return (
    <Stack gap="xs" aria-live="polite" aria-label="Test result">
      <Text size="sm" c="dimmed">
        {preview.flowVersion
          ? `Decided by version ${preview.flowVersion.version} of the flow. Nothing was stored.`
          : 'The flow is not published yet, so no decision was made. Nothing was stored.'}
      </Text>
      {preview.leads.length === 0 && <Text size="sm">The sample holds no lead.</Text>}
      {preview.leads.map((lead, index) => (
        // A preview's leads have no ids; they are shown in delivery order and never reordered.
        <PreviewLeadCard
          key={`${index}-${lead.decision?.terminal}`}
          lead={lead}
          nodeLabels={props.nodeLabels}
        />
      ))}
    </Stack>
  );
}

function PreviewLeadCard(props: { lead: PreviewLead; nodeLabels: ReadonlyMap<string, string> }) {
  const { lead } = props;
  const decision = lead.decision;
  const warnings = lead.warnings as Array<{ field?: string; message?: string }>;
  return (
    <Card withBorder data-testid="preview-lead">
      <Stack gap="xs">
        <Group gap="xs">
          {decision ? (
            <>
              <Title order={4} size="h6">
                Goes to
              </Title>
              <Badge size="lg" variant="light" tt="none" data-testid="preview-terminal">
                {props.nodeLabels.get(decision.terminal) ?? decision.terminal}
              </Badge>
              <Badge variant="outline" color="gray" tt="none">
                Score {decision.score}
              </Badge>
              <Badge variant="outline" color="gray" tt="none">
                Grade {decision.grade ?? '—'}
              </Badge>
            </>
          ) : (
            <Badge color="gray">Not decided</Badge>
          )}
          {lead.spam && (
            <Badge color="red" tt="none">
              Spam: would be answered and not stored
            </Badge>
          )}
        </Group>
        {warnings.length > 0 && (
          <List size="sm" aria-label="Warnings">
            {warnings.map((warning, i) => (
              <List.Item key={`${warning.field}-${i}`}>
                {warning.field ? `${warning.field}: ` : ''}
                {warning.message ?? JSON.stringify(warning)}
              </List.Item>
            ))}
          </List>
        )}
        <SimpleGrid cols={2}>
          <div>
            <Text size="sm" fw={500}>
              As mapped
            </Text>
            <Code block>{JSON.stringify(lead.input, null, 2)}</Code>
          </div>
          <div>
            <Text size="sm" fw={500}>
              Normalised
            </Text>
            <Code block>{JSON.stringify(lead.lead, null, 2)}</Code>
          </div>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
