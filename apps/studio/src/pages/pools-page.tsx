import { Card, Center, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { localMidnight } from '../lib/format';
import { PageHeader } from '../lib/page-header';
import { useTRPC } from '../lib/trpc';
import { useMe } from '../lib/use-me';
import { PoolCard } from '../pools/pool-card';
import { poolNodesOf } from '../pools/pool-nodes';

// Pools are found through flow.list and flow.byId, which reps may not call (see the README).
const browsingRoles = ['owner', 'manager'];

/** Every pool of every published flow, with its waiting leads and the buttons to claim them. */
export function PoolsPage() {
  const me = useMe();
  const trpc = useTRPC();
  const ownRepId = me.data?.type === 'user' ? me.data.repId : null;
  const browses = browsingRoles.includes(me.data?.role ?? '');
  const [chosenRepId, setChosenRepId] = useState<string | null>(null);
  const reps = useQuery({ ...trpc.rep.list.queryOptions(), enabled: browses && !ownRepId });
  const repId = ownRepId ?? chosenRepId;
  return (
    <>
      <PageHeader
        title="Pools"
        description="Leads waiting for a rep to pull them. The first claim wins."
        actions={
          browses &&
          !ownRepId && (
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
        {browses ? (
          <FlowPoolList repId={repId} />
        ) : (
          <Card withBorder p="xl">
            <Text fw={600}>Pools are not listed for your role yet</Text>
            <Text c="dimmed" size="sm">
              Leads you claim still appear under My leads.
            </Text>
          </Card>
        )}
      </Stack>
    </>
  );
}

function FlowPoolList({ repId }: { repId: string | null }) {
  const trpc = useTRPC();
  const [todayStartsAt] = useState(localMidnight);
  const flows = useQuery(trpc.flow.list.queryOptions({ todayStartsAt }));
  const live = (flows.data ?? []).filter((flow) => flow.liveVersion !== null);
  if (flows.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading pools" />
      </Center>
    );
  }
  if (live.length === 0) {
    return (
      <Card withBorder p="xl">
        <Text fw={600}>No published flows</Text>
        <Text c="dimmed" size="sm">
          Pools fill once a published flow sends leads to a pool step.
        </Text>
      </Card>
    );
  }
  return live.map((flow) => (
    <FlowPools key={flow.id} flowId={flow.id} name={flow.name} repId={repId} />
  ));
}

function FlowPools(props: { flowId: string; name: string; repId: string | null }) {
  const trpc = useTRPC();
  const flow = useQuery(trpc.flow.byId.queryOptions({ id: props.flowId }));
  const pools = poolNodesOf(flow.data?.draft);
  if (pools.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label={`Pools of ${props.name}`}>
      <Title order={2} size="h4">
        {props.name}
      </Title>
      {pools.map((pool) => (
        <PoolCard key={pool.id} flowId={props.flowId} pool={pool} repId={props.repId} />
      ))}
    </Stack>
  );
}
