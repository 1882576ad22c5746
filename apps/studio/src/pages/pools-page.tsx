import { Card, Center, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '../lib/page-header';
import { useTRPC } from '../lib/trpc';
import { useMe } from '../lib/use-me';
import { PoolCard } from '../pools/pool-card';
import { poolsByFlow } from '../pools/pool-nodes';

// Owners and managers may claim for any rep; everyone else claims as the rep they are.
const claimsForOthers = ['owner', 'manager'];

/** The pools the member may claim from (`pool.mine`), with their waiting leads. */
export function PoolsPage() {
  const me = useMe();
  const trpc = useTRPC();
  const ownRepId = me.data?.type === 'user' ? me.data.repId : null;
  const picksRep = claimsForOthers.includes(me.data?.role ?? '') && !ownRepId;
  const [chosenRepId, setChosenRepId] = useState<string | null>(null);
  const reps = useQuery({ ...trpc.rep.list.queryOptions(), enabled: picksRep });
  const repId = ownRepId ?? chosenRepId;
  return (
    <>
      <PageHeader
        title="Pools"
        description="Leads waiting for a rep to pull them. The first claim wins."
        actions={
          picksRep && (
            <Select
              label="Claim for"
              placeholder="Choose a rep"
              data={(reps.data ?? []).map((rep) => ({ value: rep.id, label: rep.name }))}
              value={chosenRepId}
              onChange={setChosenRepId}
              searchable
              w={220}
            />
          )
        }
      />
      <Stack p="md" pt={0}>
        {!picksRep && !ownRepId && (
          <Card withBorder p="md">
            <Text fw={600}>Your account is not linked to a rep</Text>
            <Text c="dimmed" size="sm">
              Ask an owner to link it; until then you can see the pools but not claim from them.
            </Text>
          </Card>
        )}
        <PoolList repId={repId} />
      </Stack>
    </>
  );
}

function PoolList({ repId }: { repId: string | null }) {
  const trpc = useTRPC();
  const pools = useQuery(trpc.pool.mine.queryOptions());
  if (pools.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading pools" />
      </Center>
    );
  }
  if (pools.isError) {
    return (
      <Text c="red" role="alert">
        {pools.error.message}
      </Text>
    );
  }
  if (pools.data.length === 0) {
    return (
      <Card withBorder p="xl">
        <Text fw={600}>No pools for you</Text>
        <Text c="dimmed" size="sm">
          Pools appear here once a published flow has a pool step open to your teams.
        </Text>
      </Card>
    );
  }
  return poolsByFlow(pools.data).map((flow) => (
    <Stack key={flow.flowId} gap="xs" component="section" aria-label={`Pools of ${flow.flowName}`}>
      <Title order={2} size="h4">
        {flow.flowName}
      </Title>
      {flow.pools.map((pool) => (
        <PoolCard key={pool.poolNodeId} pool={pool} repId={repId} />
      ))}
    </Stack>
  ));
}
