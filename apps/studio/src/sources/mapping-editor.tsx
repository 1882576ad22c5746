import {
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyDone } from '../lib/notify';
import { RemoveButton } from '../lib/remove-button';
import { messageOf, useTRPC } from '../lib/trpc';
import {
  type MappingRow,
  mappingToRows,
  newRowKey,
  rowsToMapping,
  targetChoices,
} from './mapping-rows';

/**
 * The source's own field mapping: provider field, dotted path, `a|b` alternatives or `$…`
 * JSONPath → a lead field. It overrides the provider's defaults; the server checks it against
 * the flow's custom fields and its sentence is shown under the table.
 */
export function MappingEditor(props: {
  sourceId: string;
  mapping: Record<string, string>;
  customFields: ReadonlyArray<{ key: string; label?: string }>;
  canManage: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<MappingRow[]>(() => mappingToRows(props.mapping));
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation(
    trpc.source.setMapping.mutationOptions({
      onSuccess: () => {
        setProblem(null);
        notifyDone('The mapping is saved.');
        void queryClient.invalidateQueries({ queryKey: trpc.source.list.queryKey() });
      },
      onError: (error) => setProblem(messageOf(error)),
    }),
  );
  const choices = targetChoices(props.customFields);
  const edit = (key: string, change: Partial<MappingRow>) =>
    setRows((list) => list.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Fields not listed here are read with the provider's usual names.
      </Text>
      <Table aria-label="Field mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Provider field or JSONPath</Table.Th>
            <Table.Th>Lead field</Table.Th>
            <Table.Th w={40}>
              <VisuallyHidden>Remove</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={row.key}>
              <Table.Td>
                <TextInput
                  aria-label={`Provider field of row ${index + 1}`}
                  placeholder="Work Email or $.data.fields[0].value"
                  value={row.source}
                  disabled={!props.canManage}
                  onChange={(e) => edit(row.key, { source: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Lead field of row ${index + 1}`}
                  placeholder="Choose a lead field"
                  data={choices}
                  value={row.target || null}
                  disabled={!props.canManage}
                  onChange={(value) => edit(row.key, { target: value ?? '' })}
                  searchable
                />
              </Table.Td>
              <Table.Td>
                {props.canManage && (
                  <RemoveButton
                    label={`Remove row ${index + 1}`}
                    onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No own mapping: the provider's defaults apply.
        </Text>
      )}
      {problem && (
        <Text c="red" size="sm" role="alert">
          {problem}
        </Text>
      )}
      {props.canManage && (
        <Group justify="space-between">
          <Button
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              setRows((list) => [...list, { key: newRowKey(), source: '', target: '' }])
            }
          >
            Add field
          </Button>
          <Button
            loading={save.isPending}
            onClick={() => {
              const mapping = rowsToMapping(rows);
              if (!mapping.ok) return setProblem(mapping.message);
              save.mutate({ id: props.sourceId, mapping: mapping.value });
            }}
          >
            Save mapping
          </Button>
        </Group>
      )}
    </Stack>
  );
}
