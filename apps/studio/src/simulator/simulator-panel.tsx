import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import type { CatalogueField } from '../conditions/field-catalogue';
import { LeadCandidates, LeadTraceList } from '../leads/lead-trace-list';
import { type TraceWords, traceWords } from '../leads/trace-words';
import { leadName } from '../lib/format';
import { RunState } from '../lib/run-state';
import { type Inputs, messageOf, type Outputs, useTRPC } from '../lib/trpc';
import { pathOfTrace } from './impact';
import { fieldsTheFlowReads, leadFromForm, typedFields } from './simulator-fields';

type Simulated = Outputs['flow']['simulate'];
type Request = { lead: Record<string, string | boolean> } | { leadId: string };
type Document = Inputs['flow']['simulate']['document'];

/**
 * "Try a lead": fill one in (or pick a recent real one), see where the draft would send it and
 * who would get it now, with every condition's ✓/✗ and the value it saw. The path lights up on
 * the canvas through `onPath`. Re-runs by itself when the flow changes.
 */
export function SimulatorPanel(props: {
  flowId: string;
  document: Document;
  teamMap: Record<string, string>;
  catalogue: readonly CatalogueField[];
  steps: ReadonlyArray<{ kind: string; config: unknown }>;
  repNames: Readonly<Record<string, string>>;
  onPath: (path: Map<string, string | null> | null) => void;
}) {
  const { flowId, document, teamMap, onPath } = props;
  const trpc = useTRPC();
  const [mode, setMode] = useState<'typed' | 'recent'>('typed');
  const [request, setRequest] = useState<Request | null>(null);
  const simulate = useMutation(trpc.flow.simulate.mutationOptions());
  const { mutate } = simulate;

  // The last request runs again whenever the flow changes (after a pause while editing).
  useEffect(() => {
    if (!request) return;
    const timer = window.setTimeout(
      () => mutate({ id: flowId, document, teamMap, ...request }),
      300,
    );
    return () => window.clearTimeout(timer);
  }, [request, document, teamMap, flowId, mutate]);

  const result = simulate.isError ? null : simulate.data;
  useEffect(() => onPath(result ? pathOfTrace(result.trace) : null), [result, onPath]);

  return (
    <Stack gap="sm" aria-label="Try a lead">
      <Text size="sm" c="dimmed">
        See where a lead would go under this draft, and who would get it now. Nothing is saved and
        no rep's turn is used.
      </Text>
      <SegmentedControl
        fullWidth
        size="xs"
        value={mode}
        onChange={(value) => setMode(value as typeof mode)}
        data={[
          { value: 'typed', label: 'Type a lead' },
          { value: 'recent', label: 'A recent lead' },
        ]}
      />
      {mode === 'typed' ? (
        <TypedLeadForm
          catalogue={props.catalogue}
          steps={props.steps}
          running={simulate.isPending}
          onRun={(lead) => setRequest({ lead })}
        />
      ) : (
        <RecentLeadPicker
          flowId={flowId}
          running={simulate.isPending}
          onRun={(leadId) => setRequest({ leadId })}
        />
      )}
      <RunState
        running={simulate.isPending}
        runningText="Running the lead through the draft…"
        error={simulate.error}
        errorTitle="Could not try this lead"
      />
      {result && <SimulationResult result={result} document={document} repNames={props.repNames} />}
    </Stack>
  );
}

function TypedLeadForm(props: {
  catalogue: readonly CatalogueField[];
  steps: ReadonlyArray<{ kind: string; config: unknown }>;
  running: boolean;
  onRun: (lead: Record<string, string | boolean>) => void;
}) {
  const [values, setValues] = useState<Record<string, string | boolean>>({});
  const [showAll, setShowAll] = useState(false);
  const typed = useMemo(() => typedFields(props.catalogue), [props.catalogue]);
  const read = useMemo(() => fieldsTheFlowReads(props.steps, typed), [props.steps, typed]);
  const readKeys = new Set(read.map((field) => field.key));
  const others = typed.filter((field) => !readKeys.has(field.key));
  const set = (key: string, value: string | boolean) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onRun(leadFromForm(values));
  };
  return (
    <form onSubmit={submit} aria-label="Lead to try">
      <Stack gap={6}>
        {read.length > 0 && (
          <Text size="xs" fw={600} c="dimmed">
            Fields this flow reads
          </Text>
        )}
        {read.map((field) => (
          <FieldInput key={field.key} field={field} value={values[field.key]} onChange={set} />
        ))}
        <Button variant="subtle" size="compact-xs" onClick={() => setShowAll((s) => !s)}>
          {showAll ? 'Hide the other fields' : `Show ${others.length} other fields`}
        </Button>
        {showAll &&
          others.map((field) => (
            <FieldInput key={field.key} field={field} value={values[field.key]} onChange={set} />
          ))}
        <Button
          type="submit"
          size="xs"
          leftSection={<IconPlayerPlay size={14} />}
          loading={props.running}
        >
          Try this lead
        </Button>
      </Stack>
    </form>
  );
}

function FieldInput(props: {
  field: CatalogueField;
  value: string | boolean | undefined;
  onChange: (key: string, value: string | boolean) => void;
}) {
  const { field, value, onChange } = props;
  if (field.type === 'boolean') {
    return (
      <Checkbox
        size="xs"
        label={field.label}
        checked={value === true}
        onChange={(event) => onChange(field.key, event.currentTarget.checked)}
      />
    );
  }
  if (field.values) {
    return (
      <Select
        size="xs"
        label={field.label}
        data={field.values.map((v) => ({ value: v.value, label: v.label }))}
        value={typeof value === 'string' && value ? value : null}
        onChange={(picked) => onChange(field.key, picked ?? '')}
        searchable
        clearable
      />
    );
  }
  return (
    <TextInput
      size="xs"
      label={field.label}
      inputMode={field.type === 'number' ? 'decimal' : undefined}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => onChange(field.key, event.currentTarget.value)}
    />
  );
}

function RecentLeadPicker(props: {
  flowId: string;
  running: boolean;
  onRun: (leadId: string) => void;
}) {
  const trpc = useTRPC();
  const [picked, setPicked] = useState<string | null>(null);
  const recent = useQuery(trpc.lead.list.queryOptions({ flowId: props.flowId, limit: 25 }));
  if (recent.isPending) return <Loader size="xs" aria-label="Loading recent leads" />;
  if (recent.isError) return <Alert color="red">{messageOf(recent.error)}</Alert>;
  if (recent.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No leads have come through this flow yet; type one instead.
      </Text>
    );
  }
  const options = recent.data.items.map((lead) => ({
    value: lead.id,
    label: [leadName(lead), lead.company].filter(Boolean).join(' · '),
  }));
  return (
    <Stack gap={6}>
      <Select
        size="xs"
        label="Recent lead"
        data={options}
        value={picked}
        onChange={setPicked}
        searchable
      />
      <Button
        size="xs"
        leftSection={<IconPlayerPlay size={14} />}
        disabled={!picked}
        loading={props.running}
        onClick={() => picked && props.onRun(picked)}
      >
        Try this lead
      </Button>
    </Stack>
  );
}

function outcomeText(result: Simulated, words: TraceWords): string {
  const { placement, terminal } = result;
  if (placement.status === 'assigned') {
    const who = result.assigneeName ?? placement.repId;
    return placement.fallback
      ? `${who} would get it now, as the fallback rep`
      : `${who} would get it now`;
  }
  if (placement.status === 'pooled') {
    return placement.fallback
      ? `No rep could take it, so it would wait in the pool “${words.step(placement.poolNodeId)}”`
      : `It would wait in the pool “${terminal.label}”`;
  }
  return `Disqualified at “${terminal.label}”`;
}

function SimulationResult(props: {
  result: Simulated;
  document: Document;
  repNames: Readonly<Record<string, string>>;
}) {
  const { result } = props;
  const words = useMemo(() => traceWords(props.document), [props.document]);
  const distribution =
    result.placement.status === 'disqualified' ? null : result.placement.distribution;
  return (
    <Stack gap="sm" data-testid="simulation-result">
      <Card withBorder padding="sm">
        <Stack gap={4}>
          <Title order={3} size="h5" data-testid="simulation-outcome">
            {outcomeText(result, words)}
          </Title>
          <Group gap="xs">
            <Badge variant="light">Ends at {result.terminal.label}</Badge>
            <Badge variant="light" color="grape">
              Score {result.score}
            </Badge>
            {result.grade && (
              <Badge variant="light" color="grape">
                Grade {result.grade}
              </Badge>
            )}
          </Group>
        </Stack>
      </Card>
      {result.warnings.length > 0 && (
        <Alert color="yellow" title="The lead's values">
          <Stack gap={2}>
            {result.warnings.map((warning) => (
              <Text size="xs" key={`${warning.field}-${warning.code}`}>
                {warning.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {distribution && <LeadCandidates distribution={distribution} repNames={props.repNames} />}
      <Title order={3} size="h6">
        The path
      </Title>
      <LeadTraceList trace={result.trace} words={words} distribution={distribution} />
    </Stack>
  );
}
