import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlayerStop, IconTrophy } from '@tabler/icons-react';
import { formatCount, formatDateTime } from '../lib/format';
import {
  armRows,
  type Experiment,
  type ReportedExperiment,
  verdictSentence,
} from './experiment-rows';

const statusColours = { running: 'blue', stopped: 'gray', promoted: 'teal' } as const;

/** One experiment: status, dates, arms with leads and conversion, the verdict, and actions. */
export function ExperimentCard(props: {
  experiment: Experiment;
  reported?: ReportedExperiment;
  canManage: boolean;
  onStop: () => void;
  onPromote: () => void;
}) {
  const { experiment, reported } = props;
  const rows = armRows(experiment, reported);
  return (
    <Card
      component="article"
      withBorder
      data-testid={`experiment-${experiment.id}`}
      aria-label={experiment.name}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Group gap="xs">
              <Title order={3} size="h5">
                {experiment.name}
              </Title>
              <Badge
                color={statusColours[experiment.status]}
                variant="light"
                data-testid="experiment-status"
              >
                {experiment.status}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              Started {formatDateTime(experiment.startedAt)}
              {experiment.stoppedAt && ` · stopped ${formatDateTime(experiment.stoppedAt)}`}
              {experiment.createdBy && ` · by ${experiment.createdBy}`}
            </Text>
          </div>
          {props.canManage && (
            <Group gap="xs" wrap="nowrap">
              {experiment.status === 'running' && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconPlayerStop size={14} />}
                  onClick={props.onStop}
                  aria-label={`Stop ${experiment.name}`}
                >
                  Stop
                </Button>
              )}
              {experiment.status !== 'promoted' && (
                <Button
                  size="xs"
                  variant="light"
                  color="teal"
                  leftSection={<IconTrophy size={14} />}
                  onClick={props.onPromote}
                  aria-label={`Promote the winner of ${experiment.name}`}
                >
                  Promote the winner
                </Button>
              )}
            </Group>
          )}
        </Group>
        <Table aria-label={`Arms of ${experiment.name}`} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Arm</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th ta="right">Share</Table.Th>
              <Table.Th ta="right">Leads</Table.Th>
              <Table.Th ta="right">Converted</Table.Th>
              <Table.Th ta="right">Conversion</Table.Th>
              <Table.Th ta="right">95% interval</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-testid={`arm-${row.key}`}>
                <Table.Td>{row.arm}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {row.version}
                    {row.promoted && (
                      <Badge color="teal" variant="light" size="sm">
                        Promoted
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{row.share}</Table.Td>
                <Table.Td ta="right">{formatCount(row.leads)}</Table.Td>
                <Table.Td ta="right">{formatCount(row.converted)}</Table.Td>
                <Table.Td ta="right">{row.conversion}</Table.Td>
                <Table.Td ta="right">{row.interval}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" data-testid="experiment-verdict">
          {verdictSentence(experiment, reported)}
        </Text>
      </Stack>
    </Card>
  );
}
