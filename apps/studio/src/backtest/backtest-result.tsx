import { Alert, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { formatCount, formatDateTime } from '../lib/format';
import {
  type Backtest,
  backtestHeadline,
  backtestMatrix,
  changeRows,
  loadRows,
} from './backtest-tables';

/** A backtest's numbers: headline, matrix, rep loads, and the changed leads with their paths. */
export function BacktestResult(props: {
  result: Backtest;
  /** The changed lead whose path is lit, if any. */
  shown: string | null;
  onShow: (leadId: string) => void;
}) {
  const { result } = props;
  const matrix = backtestMatrix(result);
  const loads = loadRows(result);
  const changes = changeRows(result);
  return (
    <Stack gap="sm" data-testid="backtest-result">
      <Card withBorder padding="sm">
        <Title order={3} size="h5" data-testid="backtest-headline">
          {backtestHeadline(result)}
        </Title>
      </Card>
      {result.warnings.length > 0 && (
        <Alert color="yellow" title="About the file">
          <Stack gap={2}>
            {result.warnings.map((warning) => (
              <Text size="xs" key={warning}>
                {warning}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {matrix.rows.length > 0 && (
        <section aria-label="Where the leads go">
          <Title order={3} size="h6">
            Where the leads go
          </Title>
          <Text size="xs" c="dimmed">
            Rows: where the live version sent them. Columns: where this draft sends them.
          </Text>
          <Table.ScrollContainer minWidth={240}>
            <Table fz="xs" withTableBorder withColumnBorders aria-label="Live × draft">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Live ↓ · Draft →</Table.Th>
                  {matrix.columns.map((column) => (
                    <Table.Th key={column.id} ta="right">
                      {column.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {matrix.rows.map((row) => (
                  <Table.Tr key={row.id ?? ''}>
                    <Table.Th scope="row">{row.label}</Table.Th>
                    {row.counts.map((count, index) => {
                      const column = matrix.columns[index];
                      const moved = count > 0 && row.id !== null && column?.id !== row.id;
                      return (
                        <Table.Td key={column?.id} ta="right" fw={moved ? 700 : undefined}>
                          {formatCount(count)}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      )}
      {loads.length > 0 && (
        <section aria-label="Leads per rep">
          <Title order={3} size="h6">
            Leads per rep
          </Title>
          <Table fz="xs" aria-label="Rep load">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rep</Table.Th>
                <Table.Th ta="right">Live → draft</Table.Th>
                <Table.Th ta="right">Change</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loads.map((row) => (
                <Table.Tr key={row.repId}>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td ta="right">
                    {formatCount(row.before)} → {formatCount(row.after)}
                  </Table.Td>
                  <Table.Td ta="right">{row.change}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}
      {changes.length > 0 && (
        <section aria-label="Leads that change">
          <Title order={3} size="h6">
            Leads that change
            {result.changed > changes.length && ` (the first ${formatCount(changes.length)})`}
          </Title>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {changes.map((row) => (
              <li key={row.leadId}>
                <Text size="xs" fw={600}>
                  {row.who}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(row.receivedAt)}
                </Text>
                <Text size="xs">
                  {row.from} → {row.to}
                </Text>
                <Button
                  size="compact-xs"
                  variant={props.shown === row.leadId ? 'light' : 'subtle'}
                  leftSection={<IconRoute size={12} />}
                  aria-pressed={props.shown === row.leadId}
                  aria-label={`${props.shown === row.leadId ? 'Hide' : 'Show'} the path of ${row.who}`}
                  onClick={() => props.onShow(row.leadId)}
                >
                  {props.shown === row.leadId ? 'Hide the path' : 'Show the path'}
                </Button>
              </li>
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
