import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState, SectionLoader } from '../lib/empty-state';
import { formatDateTime } from '../lib/format';
import { PageHeader } from '../lib/page-header';
import { useTRPC } from '../lib/trpc';
import { useCanManage } from '../lib/use-can-manage';
import { CredentialsDialog, type ShownCredentials } from '../sources/credentials-dialog';
import { NewSourceDialog } from '../sources/new-source-dialog';
import { type ProviderType, providerInfo } from '../sources/provider-samples';
import { SourceDetail } from '../sources/source-detail';

/** Connected forms: their provider, flow and last lead; create, map, rotate and try them. */
export function SourcesPage() {
  const trpc = useTRPC();
  const canManage = useCanManage();
  const sources = useQuery(trpc.source.list.queryOptions());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [shown, setShown] = useState<ShownCredentials | null>(null);
  const [creating, createDialog] = useDisclosure(false);
  const selected = sources.data?.find((source) => source.id === selectedId) ?? null;
  return (
    <>
      <PageHeader
        title="Sources"
        description="The forms and senders that post leads, and the flow that decides them."
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={createDialog.open}>
              New source
            </Button>
          )
        }
      />
      <Stack p="md" pt={0}>
        {sources.isPending ? (
          <SectionLoader label="Loading sources" />
        ) : sources.isError ? (
          <Text c="red">{sources.error.message}</Text>
        ) : sources.data.length === 0 ? (
          <EmptyState
            title="No sources yet"
            hint="Connect a form to send its leads through a flow."
          />
        ) : (
          <Table striped highlightOnHover aria-label="Sources">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Provider</Table.Th>
                <Table.Th>Flow</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Last lead</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sources.data.map((source) => (
                <Table.Tr
                  key={source.id}
                  bg={source.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}
                >
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => setSelectedId(source.id)}
                      aria-pressed={source.id === selectedId}
                    >
                      {source.name}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    {providerInfo[source.type as ProviderType]?.label ?? source.type}
                  </Table.Td>
                  <Table.Td>{source.flowName ?? 'No flow'}</Table.Td>
                  <Table.Td>{formatDateTime(source.createdAt)}</Table.Td>
                  <Table.Td>
                    {source.lastLeadAt ? formatDateTime(source.lastLeadAt) : 'None yet'}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={source.enabled ? 'teal' : 'gray'} variant="light">
                      {source.enabled ? 'On' : 'Off'}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {selected ? (
          <SourceDetail
            key={selected.id}
            source={selected}
            canManage={canManage}
            onCredentials={setShown}
          />
        ) : (
          sources.data &&
          sources.data.length > 0 && (
            <Text c="dimmed" size="sm">
              Choose a source to see its webhook URL, mapping and a test.
            </Text>
          )
        )}
      </Stack>
      <NewSourceDialog
        opened={creating}
        onClose={createDialog.close}
        onCreated={(id, credentials) => {
          createDialog.close();
          setSelectedId(id);
          setShown(credentials);
        }}
      />
      <CredentialsDialog shown={shown} onClose={() => setShown(null)} />
    </>
  );
}
