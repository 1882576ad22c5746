import { Badge, Card, Group, List, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { lookOf } from '../nodes/kind-looks';
import { distributionView, isRecord, type TraceRow, traceRows } from './trace-rows';
import type { TraceWords } from './trace-words';

/**
 * The lead's path through the flow as a numbered list: each step, condition and output, in the
 * `words` of the flow version the lead went through (or the draft it was tried on).
 */
export function LeadTraceList(props: {
  trace: unknown;
  words: TraceWords;
  distribution?: unknown;
}) {
  const { words } = props;
  const rows = traceRows(props.trace, words);
  if (rows.length === 0) return <Text c="dimmed">This lead has no trace.</Text>;
  return (
    <ol aria-label="Trace" className="lead-trace">
      {rows.map((row) => (
        <li key={row.nodeId}>
          <Group gap="xs">
            <Text fw={600}>{row.label}</Text>
            <Badge variant="outline" color="gray" size="sm" tt="none">
              {lookOf(row.kind).title}
            </Badge>
            {row.output === null ? (
              <Text size="sm" c="dimmed">
                {ending(row, words, props.distribution)}
              </Text>
            ) : (
              // A step with one way out (capture, score) has no output name worth showing.
              row.outputLabel !== '' && (
                <Text size="sm" c="dimmed">
                  → {row.outputLabel}
                </Text>
              )
            )}
          </Group>
          {row.conditions.length > 0 && (
            <List spacing={2} size="sm" listStyleType="none" ml="md">
              {row.conditions.map((condition) => (
                <List.Item
                  key={condition.id}
                  icon={
                    condition.holds ? (
                      <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
                    ) : (
                      <IconX size={16} color="var(--mantine-color-red-7)" aria-hidden />
                    )
                  }
                >
                  <VisuallyHidden>{condition.holds ? 'Held: ' : 'Failed: '}</VisuallyHidden>
                  {condition.label}
                  {condition.seen && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      (saw {condition.seen})
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * How the path ends at its last step: an assign step that found nobody says where the lead went
 * instead (issue 20: a pooled lead's trace said the assign step "ends here").
 */
function ending(row: TraceRow, words: TraceWords, distribution: unknown): string {
  const outcome = isRecord(distribution) ? distribution.outcome : undefined;
  if (row.kind === 'assign' && outcome === 'fallback_pool') {
    const pool = words.fallbackPool(row.nodeId);
    return pool
      ? `no rep could take it, so it went to “${pool}”`
      : 'no rep could take it, so it went to the fallback pool';
  }
  if (row.kind === 'assign' && outcome === 'fallback_rep')
    return 'no rep of the team could take it, so it went to the fallback rep';
  return 'the path ends here';
}

/** Who the assign step considered, who it picked and why the others were skipped. */
export function LeadCandidates(props: {
  distribution: unknown;
  repNames: Readonly<Record<string, string>>;
}) {
  const view = distributionView(props.distribution, props.repNames);
  if (!view) return null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Candidates
        </Title>
        {view.explanation && <Text size="sm">{view.explanation}</Text>}
        <Table aria-label="Candidates considered">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rep</Table.Th>
              <Table.Th>Eligible</Table.Th>
              <Table.Th>Skipped because</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.candidates.map((candidate) => (
              <Table.Tr key={candidate.repId}>
                <Table.Td>{candidate.name}</Table.Td>
                <Table.Td>{candidate.eligible ? 'Yes' : 'No'}</Table.Td>
                <Table.Td>{candidate.reasons.join(', ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
