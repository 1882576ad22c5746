import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { type ReportTable, toCsv } from '@switchyard/reporting';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { downloadFile } from '../lib/download';

const shown = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? '—'
    : typeof value === 'number'
      ? value.toLocaleString()
      : String(value);

/** A report table with its title, an optional chart above it, and "Export CSV". */
export function TableCard(props: {
  title: string;
  /** The CSV file's name, without `.csv`. */
  fileName: string;
  table: ReportTable;
  chart?: ReactNode;
  footer?: ReactNode;
}) {
  const { table } = props;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {props.title}
        </Title>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} />}
          aria-label={`Export ${props.title} as CSV`}
          onClick={() => downloadFile(`${props.fileName}.csv`, toCsv(table), 'text/csv')}
          disabled={table.rows.length === 0}
        >
          CSV
        </Button>
      </Group>
      {props.chart}
      {table.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing in this period.
        </Text>
      ) : (
        <Table striped aria-label={props.title}>
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((column) => (
                <Table.Th key={column.key}>{column.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, index) => (
              // Rows have no ids of their own; their order is the report's.
              <Table.Tr key={index}>
                {table.columns.map((column) => (
                  <Table.Td key={column.key}>{shown(row[column.key])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {props.footer}
    </Card>
  );
}
