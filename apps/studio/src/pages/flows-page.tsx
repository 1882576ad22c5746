import {
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatCount, formatDateTime, localMidnight } from '../lib/format';
import { notifyError } from '../lib/notify';
import { PageHeader } from '../lib/page-header';
import { useTRPC } from '../lib/trpc';
import { ExportFlowButton } from '../templates/export-flow-button';

/** Every flow: its live version, last edit and leads today; a new flow starts from here. */
export function FlowsPage() {
  const trpc = useTRPC();
  const [todayStartsAt] = useState(localMidnight);
  const flows = useQuery(trpc.flow.list.queryOptions({ todayStartsAt }));
  const [creating, { open, close }] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title="Flows"
        description="Each flow decides where the leads of its forms go."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={open}>
            New flow
          </Button>
        }
      />
      <Stack p="md" pt={0}>
        {flows.isPending ? (
          <Center p="xl">
            <Loader aria-label="Loading flows" />
          </Center>
        ) : flows.data?.length === 0 ? (
          <Card withBorder p="xl">
            <Text fw={600}>No flows yet</Text>
            <Text c="dimmed" size="sm">
              Create one from an empty canvas, or import a template.
            </Text>
          </Card>
        ) : (
          <Table striped highlightOnHover aria-label="Flows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Live version</Table.Th>
                <Table.Th>Last edit</Table.Th>
                <Table.Th ta="right">Leads today</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {flows.data?.map((flow) => (
                <Table.Tr key={flow.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/flows/${flow.id}`}>
                      {flow.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {flow.liveVersion === null ? (
                        <Badge color="gray" variant="light">
                          Not published
                        </Badge>
                      ) : (
                        <Badge color="teal" variant="light">
                          Version {flow.liveVersion}
                        </Badge>
                      )}
                      <Anchor
                        component={Link}
                        to={`/flows/${flow.id}/versions`}
                        size="sm"
                        aria-label={`History of ${flow.name}`}
                      >
                        History
                      </Anchor>
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(flow.updatedAt)}</Table.Td>
                  <Table.Td ta="right">{formatCount(flow.leadsToday)}</Table.Td>
                  <Table.Td ta="right">
                    <ExportFlowButton flowId={flow.id} name={flow.name} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <NewFlowDialog opened={creating} onClose={close} />
    </>
  );
}

/** A new flow starts with its capture step alone: the manager draws the rest. */
function emptyCanvas(name: string) {
  return {
    format: 'switchyard.flow/1',
    name,
    nodes: [
      { id: 'start', kind: 'capture', label: 'Web forms', position: { x: 0, y: 0 }, config: {} },
    ],
    edges: [],
  };
}

function NewFlowDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const create = useMutation(
    trpc.flow.create.mutationOptions({
      onSuccess: ({ id }) => navigate(`/flows/${id}`),
      onError: (error) => notifyError(error, 'The flow was not created'),
    }),
  );
  return (
    <Modal opened={opened} onClose={onClose} title="New flow">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name: name.trim(), document: emptyCanvas(name.trim()) });
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            description="Managers and reps see it on leads and reports."
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            data-autofocus
          />
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            Create flow
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
