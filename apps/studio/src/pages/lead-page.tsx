import { Anchor, Card, Center, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { LeadEventsTimeline } from '../leads/lead-events-timeline';
import { fieldRows, valueInWords } from '../leads/lead-fields';
import { LeadPathCard } from '../leads/lead-path-card';
import { LeadStatusBadge } from '../leads/lead-status-badge';
import { LeadCandidates, LeadTraceList } from '../leads/lead-trace-list';
import { traceWords } from '../leads/trace-words';
import { formatDateTime } from '../lib/format';
import { PageHeader } from '../lib/page-header';
import { messageOf, type Outputs, useTRPC } from '../lib/trpc';
import { useMe } from '../lib/use-me';
import { lookOf } from '../nodes/kind-looks';

type LeadView = Outputs['lead']['byId'];

// rep.list is for builders; a rep reading their own lead sees rep ids in the candidates instead.
const namingRoles = ['owner', 'manager', 'consultant'];
// flow.versions is for readers: reps get the canvas but not the link to the history.
const historyRoles = ['owner', 'manager', 'consultant', 'viewer'];

/** A node's label in the version that routed the lead; its id when the version lacks it. */
function nodeLabel(view: LeadView, nodeId: string | null): string | null {
  if (nodeId === null) return null;
  const nodes = (view.version?.document as { nodes?: unknown } | undefined)?.nodes;
  const node = Array.isArray(nodes)
    ? (nodes as Array<{ id?: unknown; label?: unknown }>).find((n) => n?.id === nodeId)
    : undefined;
  return typeof node?.label === 'string' && node.label !== '' ? node.label : nodeId;
}

/** One lead: its fields, the decision, where it is now, what happened since and why it went there. */
export function LeadPage() {
  const { leadId = '' } = useParams();
  const trpc = useTRPC();
  const me = useMe();
  const lead = useQuery(trpc.lead.byId.queryOptions({ id: leadId }));
  const reps = useQuery({
    ...trpc.rep.list.queryOptions(),
    enabled: namingRoles.includes(me.data?.role ?? ''),
  });
  const repNames = Object.fromEntries((reps.data ?? []).map((rep) => [rep.id, rep.name]));
  if (lead.isError) {
    return (
      <Stack p="xl" align="flex-start">
        <Title order={2}>Lead not available</Title>
        <Text>{messageOf(lead.error)}</Text>
        <Anchor component={Link} to="/leads">
          Back to leads
        </Anchor>
      </Stack>
    );
  }
  if (!lead.data) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading the lead" />
      </Center>
    );
  }
  const view = lead.data;
  const { lead: row } = view;
  const owner = row.ownerRepId ? (repNames[row.ownerRepId] ?? row.ownerRepId) : null;
  const pool = nodeLabel(view, row.poolNodeId);
  const words = traceWords(view.version?.document);
  return (
    <>
      <PageHeader
        title={valueInWords(row.email ?? row.id)}
        description={`Received ${formatDateTime(row.receivedAt)}${view.version ? ` · flow version ${view.version.version}` : ''}`}
        actions={
          <Anchor component={Link} to="/leads">
            Back to leads
          </Anchor>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} p="md" pt={0}>
        <Stack>
          <Card withBorder>
            <Title order={3} size="h5" mb="xs">
              Decision
            </Title>
            <Table aria-label="Decision" variant="vertical" withTableBorder={false}>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={140}>Status</Table.Th>
                  <Table.Td>
                    <LeadStatusBadge status={row.status} />
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Ended at</Table.Th>
                  <Table.Td data-testid="terminal">
                    {nodeLabel(view, row.terminalNodeId)} ({lookOf(row.terminalKind).title})
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Score</Table.Th>
                  <Table.Td>{row.score}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Grade</Table.Th>
                  <Table.Td>{row.grade ?? '—'}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{pool && !owner ? 'Pool' : 'Assignee'}</Table.Th>
                  <Table.Td>{owner ?? pool ?? '—'}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Card>
          <Card withBorder>
            <Title order={3} size="h5" mb="xs">
              Fields
            </Title>
            <Table aria-label="Lead fields" variant="vertical" withTableBorder={false}>
              <Table.Tbody>
                {fieldRows(row.fields, { words, repNames }).map((field) => (
                  <Table.Tr key={field.key}>
                    <Table.Th w={140}>{field.label}</Table.Th>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{field.value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <Card withBorder>
            <Title order={3} size="h5" mb="xs">
              Events
            </Title>
            <LeadEventsTimeline events={view.events} repNames={repNames} />
          </Card>
        </Stack>
        <Stack>
          <LeadPathCard
            version={view.version}
            trace={row.trace}
            historyHref={
              historyRoles.includes(me.data?.role ?? '') && view.version
                ? `/flows/${row.flowId}/versions?version=${view.version.id}`
                : null
            }
          />
          <Card withBorder>
            <Title order={3} size="h5" mb="xs">
              Trace
            </Title>
            <LeadTraceList trace={row.trace} words={words} distribution={row.distribution} />
          </Card>
          <LeadCandidates distribution={row.distribution} repNames={repNames} />
        </Stack>
      </SimpleGrid>
    </>
  );
}
