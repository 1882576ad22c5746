import {
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { formatDateTime } from '../lib/format';
import { notifyDone, notifyError } from '../lib/notify';
import { useTRPC } from '../lib/trpc';
import { type ClaimablePool, isClaimRace, pickFields } from './pool-nodes';

/** One pool: its waiting leads to cherry-pick, or for a blind pool a button for the next one. */
export function PoolCard(props: { pool: ClaimablePool; repId: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const titleId = useId();
  const input = { flowId: props.pool.flowId, poolNodeId: props.pool.poolNodeId };
  const list = useQuery(trpc.pool.list.queryOptions(input));
  const leads = list.data?.leads ?? [];
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.pool.list.queryKey(input) });
  const onError = (error: unknown) => {
    if (isClaimRace(error)) {
      // Losing a race is normal in a busy pool: say so gently and show what is left.
      notifications.show({ color: 'yellow', message: 'Someone else claimed it first.' });
      void refresh();
      return;
    }
    notifyError(error, 'Not claimed');
  };
  const onClaimed = () => {
    notifyDone('Claimed: the lead is in your inbox.');
    void refresh();
    void queryClient.invalidateQueries({ queryKey: trpc.lead.pathKey() });
  };
  const claim = useMutation(trpc.pool.claim.mutationOptions({ onSuccess: onClaimed, onError }));
  const claimNext = useMutation(
    trpc.pool.claimNext.mutationOptions({
      onSuccess: ({ lead }) => {
        if (lead) return onClaimed();
        // The page showed leads waiting, so another rep took the last one between list and click.
        const message =
          leads.length > 0
            ? 'Someone else was quicker: the pool is empty now.'
            : 'The pool is empty.';
        notifications.show({ color: 'yellow', message });
        void refresh();
      },
      onError,
    }),
  );
  const blind = list.data?.blind ?? props.pool.mode === 'blind';
  const busy = claim.isPending || claimNext.isPending;
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={3} size="h5" id={titleId}>
              {props.pool.label}
            </Title>
            <Badge variant="light" color={blind ? 'grape' : 'blue'}>
              {blind ? 'Blind' : 'Cherry-pick'}
            </Badge>
            <Badge variant="outline" color="gray">
              {props.pool.teamName ?? 'Any team'}
            </Badge>
            <Text size="sm" c="dimmed">
              {list.isPending ? '' : `${leads.length} waiting`}
            </Text>
          </Group>
          {blind && (
            <Button
              disabled={!props.repId || leads.length === 0}
              loading={claimNext.isPending}
              onClick={() => props.repId && claimNext.mutate({ ...input, repId: props.repId })}
              aria-label={`Get next lead from ${props.pool.label}`}
            >
              Get next lead
            </Button>
          )}
        </Group>
        {list.isPending ? (
          <Loader size="sm" aria-label={`Loading ${props.pool.label}`} />
        ) : list.isError ? (
          <Text c="red" size="sm">
            {list.error.message}
          </Text>
        ) : leads.length === 0 ? (
          <Text c="dimmed" size="sm">
            No leads waiting.
          </Text>
        ) : blind ? null : (
          <Table aria-label={`Leads in ${props.pool.label}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Lead</Table.Th>
                <Table.Th ta="right">Score</Table.Th>
                <Table.Th>Grade</Table.Th>
                <Table.Th>Waiting since</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Claim</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {leads.map((lead) => {
                const fields = pickFields(lead.fields);
                const name = fields.find(([key]) => key === 'email')?.[1] ?? lead.leadId;
                return (
                  <Table.Tr key={lead.leadId}>
                    <Table.Td>
                      {fields.map(([key, value]) => `${key}: ${value}`).join(' · ') || lead.leadId}
                    </Table.Td>
                    <Table.Td ta="right">{lead.score}</Table.Td>
                    <Table.Td>{lead.grade ?? '—'}</Table.Td>
                    <Table.Td>{formatDateTime(lead.receivedAt)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="compact-sm"
                        disabled={!props.repId || busy}
                        onClick={() =>
                          props.repId && claim.mutate({ leadId: lead.leadId, repId: props.repId })
                        }
                        aria-label={`Claim ${name}`}
                      >
                        Claim
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
