import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconEye, IconGitCompare } from '@tabler/icons-react';
import { formatDateTime } from '../lib/format';
import type { Outputs } from '../lib/trpc';

type Version = Outputs['flow']['versions'][number];

/** The published versions, newest first, each with show, compare and (for managers) rollback. */
export function VersionList(props: {
  versions: readonly Version[];
  selectedId: string | null;
  mayRollBack: boolean;
  onShow: (versionId: string) => void;
  onCompare: (versionId: string) => void;
  onRollBack: (version: Version) => void;
}) {
  const { versions } = props;
  return (
    <Table aria-label="Published versions" highlightOnHover verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={200}>Version</Table.Th>
          <Table.Th>Note</Table.Th>
          <Table.Th w={190}>Published</Table.Th>
          <Table.Th ta="right">Actions</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {versions.map((row, index) => {
          const previous = versions[index + 1];
          const compareWith = previous ? `version ${previous.version}` : 'the current draft';
          return (
            <Table.Tr
              key={row.id}
              data-testid={`version-${row.version}`}
              aria-current={row.id === props.selectedId ? 'true' : undefined}
              bg={row.id === props.selectedId ? 'var(--mantine-color-blue-light)' : undefined}
            >
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
                    Version {row.version}
                  </Text>
                  {row.live && (
                    <Badge color="teal" variant="light">
                      Live
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{row.note || <Text c="dimmed">No note</Text>}</Table.Td>
              <Table.Td>{formatDateTime(row.publishedAt)}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconEye size={14} />}
                    aria-label={`Show version ${row.version}`}
                    onClick={() => props.onShow(row.id)}
                  >
                    Show
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconGitCompare size={14} />}
                    aria-label={`Compare version ${row.version} with ${compareWith}`}
                    onClick={() => props.onCompare(row.id)}
                  >
                    {previous ? 'Compare' : 'Compare with draft'}
                  </Button>
                  {props.mayRollBack && !row.live && (
                    <Button
                      size="xs"
                      variant="light"
                      color="orange"
                      leftSection={<IconArrowBackUp size={14} />}
                      aria-label={`Make version ${row.version} live again`}
                      onClick={() => props.onRollBack(row)}
                    >
                      Make live again
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
