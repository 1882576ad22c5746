import { Anchor, Card, Center, Loader, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { LeadFilterBar } from '../leads/lead-filter-bar';
import { emptyLeadFilters, periodProblem, toListFilters } from '../leads/lead-filters';
import { LeadStatusBadge } from '../leads/lead-status-badge';
import { formatDateTime, leadName } from '../lib/format';
import { LoadMoreButton } from '../lib/load-more-button';
import { PageHeader } from '../lib/page-header';
import { messageOf, useTRPC } from '../lib/trpc';

/** Every lead, newest first, with search and filters; each opens its own page. */
export function LeadsPage() {
  const trpc = useTRPC();
  const [form, setForm] = useState(emptyLeadFilters);
  // Typing in the search box asks the server once the typing pauses, not per key.
  const [settled] = useDebouncedValue(form, 300);
  const valid = periodProblem(settled) === null;
  const leads = useInfiniteQuery({
    ...trpc.lead.list.infiniteQueryOptions(toListFilters(settled), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
    enabled: valid,
    // The table stays while a new filter loads, instead of flashing a loader on each key.
    placeholderData: keepPreviousData,
  });
  const items = leads.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader title="Leads" description="Every lead received, where it went and why." />
      <Stack p="md" pt={0}>
        <LeadFilterBar value={form} onChange={setForm} />
        {leads.isError ? (
          <Card withBorder p="xl">
            <Text fw={600}>The leads did not load</Text>
            <Text c="dimmed" size="sm">
              {messageOf(leads.error)}
            </Text>
          </Card>
        ) : leads.isPending ? (
          <Center p="xl">
            <Loader aria-label="Loading leads" />
          </Center>
        ) : items.length === 0 ? (
          <Card withBorder p="xl">
            <Text fw={600}>No leads match</Text>
            <Text c="dimmed" size="sm">
              Leads appear here as soon as a form sends them. Clear the filters to see them all.
            </Text>
          </Card>
        ) : (
          <>
            <Table striped highlightOnHover aria-label="Leads">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Lead</Table.Th>
                  <Table.Th>Company</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th ta="right">Score</Table.Th>
                  <Table.Th>Grade</Table.Th>
                  <Table.Th>Received</Table.Th>
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
                    <Table.Td>
                      {lead.ownerName ?? (lead.poolNodeId ? `Pool ${lead.poolNodeId}` : '—')}
                    </Table.Td>
                    <Table.Td ta="right">{lead.score}</Table.Td>
                    <Table.Td>{lead.grade ?? '—'}</Table.Td>
                    <Table.Td>{formatDateTime(lead.receivedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <LoadMoreButton pages={leads} />
          </>
        )}
      </Stack>
    </>
  );
}
