import { Anchor, Button, Card, Center, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ActionDialog } from '../inbox/action-dialog';
import { actionLabels, canTake, isOpenStatus, type LeadAction } from '../inbox/lead-actions';
import { LeadStatusBadge } from '../leads/lead-status-badge';
import { formatDateTime, leadName } from '../lib/format';
import { LoadMoreButton } from '../lib/load-more-button';
import { notifyDone, notifyError } from '../lib/notify';
import { PageHeader } from '../lib/page-header';
import { type Outputs, useTRPC } from '../lib/trpc';
import { useMe } from '../lib/use-me';

type LeadItem = Outputs['lead']['list']['items'][number];

const actions = Object.keys(actionLabels) as LeadAction[];

/** The signed-in rep's open leads, with the buttons to report what happened to each. */
export function InboxPage() {
  const me = useMe();
  const repId = me.data?.type === 'user' ? me.data.repId : null;
  return (
    <>
      <PageHeader title="My leads" description="Leads assigned to you that still need work." />
      {repId ? (
        <InboxTable repId={repId} />
      ) : (
        <Card withBorder p="xl" m="md" mt={0}>
          <Text fw={600}>You are not a rep</Text>
          <Text c="dimmed" size="sm">
            The inbox lists the leads of the rep linked to your account; ask an owner to link one.
          </Text>
        </Card>
      )}
    </>
  );
}

function InboxTable({ repId }: { repId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<{ lead: LeadItem; action: 'converted' | 'lost' } | null>(
    null,
  );
  const leads = useInfiniteQuery(
    trpc.lead.list.infiniteQueryOptions(
      { ownerRepId: repId, limit: 100 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const record = useMutation(
    trpc.event.record.mutationOptions({
      onSuccess: (_result, input) => {
        setAsking(null);
        notifyDone(`Marked ${input.type}.`);
        void queryClient.invalidateQueries({ queryKey: trpc.lead.pathKey() });
      },
      onError: (error) => notifyError(error, 'Not recorded'),
    }),
  );
  const act = (lead: LeadItem, action: LeadAction) => {
    if (action === 'converted' || action === 'lost') return setAsking({ lead, action });
    record.mutate({ leadId: lead.id, type: action, repId });
  };
  const items = (leads.data?.pages.flatMap((page) => page.items) ?? []).filter((lead) =>
    isOpenStatus(lead.status),
  );
  if (leads.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading your leads" />
      </Center>
    );
  }
  return (
    <Stack p="md" pt={0}>
      {items.length === 0 ? (
        <Card withBorder p="xl">
          <Text fw={600}>Nothing to do</Text>
          <Text c="dimmed" size="sm">
            New leads appear here as soon as a flow assigns them to you, or you claim one from a
            pool.
          </Text>
        </Card>
      ) : (
        <Table striped aria-label="My leads">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Lead</Table.Th>
              <Table.Th>Company</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Received</Table.Th>
              <Table.Th>Report</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((lead) => (
              <Table.Tr key={lead.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/leads/${lead.id}`}>
                    {leadName(lead)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{lead.company ?? '—'}</Table.Td>
                <Table.Td>
                  <LeadStatusBadge status={lead.status} />
                </Table.Td>
                <Table.Td>{formatDateTime(lead.receivedAt)}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {actions.map((action) => (
                      <Button
                        key={action}
                        size="compact-sm"
                        variant={action === 'accepted' ? 'filled' : 'default'}
                        disabled={!canTake(action, lead.status) || record.isPending}
                        onClick={() => act(lead, action)}
                        aria-label={`${actionLabels[action]}: ${leadName(lead)}`}
                      >
                        {actionLabels[action]}
                      </Button>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <LoadMoreButton pages={leads} />
      <ActionDialog
        key={asking ? `${asking.lead.id}-${asking.action}` : 'closed'}
        action={asking?.action ?? null}
        leadName={asking ? leadName(asking.lead) : ''}
        pending={record.isPending}
        onClose={() => setAsking(null)}
        onSubmit={(input) =>
          asking && record.mutate({ leadId: asking.lead.id, type: asking.action, repId, ...input })
        }
      />
    </Stack>
  );
}
