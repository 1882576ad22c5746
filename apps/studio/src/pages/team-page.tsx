import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useInterval } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState, SectionLoader } from '../lib/empty-state';
import { PageHeader } from '../lib/page-header';
import { useTRPC } from '../lib/trpc';
import { useCanManage } from '../lib/use-can-manage';
import { NewRepDialog, NewTeamDialog } from '../reps/create-dialogs';
import { RepEditor, type RepRow } from '../reps/rep-editor';
import { RepTable } from '../reps/rep-table';
import { TeamCard } from '../reps/team-card';

/** Teams and reps: who receives leads, when and how many, and what the distributor sees now. */
export function TeamPage() {
  const trpc = useTRPC();
  const canManage = useCanManage();
  const reps = useQuery(trpc.rep.list.queryOptions());
  const teams = useQuery(trpc.team.list.queryOptions());
  const [editing, setEditing] = useState<RepRow | null>(null);
  const [newRep, repDialog] = useDisclosure(false);
  const [newTeam, teamDialog] = useDisclosure(false);
  const now = useMinuteClock();
  return (
    <>
      <PageHeader
        title="Teams & reps"
        description="Who receives leads, when and how many, and what the distributor sees right now."
        actions={
          canManage && (
            <>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={teamDialog.open}
              >
                New team
              </Button>
              <Button leftSection={<IconPlus size={16} />} onClick={repDialog.open}>
                New rep
              </Button>
            </>
          )
        }
      />
      <Stack p="md" pt={0}>
        {reps.isPending || teams.isPending ? (
          <SectionLoader label="Loading teams and reps" />
        ) : reps.isError || teams.isError ? (
          <Text c="red">{(reps.error ?? teams.error)?.message}</Text>
        ) : (
          <>
            <Title order={2} size="h4">
              Reps
            </Title>
            {reps.data.length === 0 ? (
              <EmptyState
                title="No reps yet"
                hint="Add the people who take leads, then put them in teams."
              />
            ) : (
              <RepTable
                reps={reps.data}
                teams={teams.data}
                now={now}
                canManage={canManage}
                onEdit={setEditing}
              />
            )}
            <Title order={2} size="h4" mt="md">
              Teams
            </Title>
            {teams.data.length === 0 ? (
              <EmptyState title="No teams yet" hint="Assign and pool steps hand leads to a team." />
            ) : (
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                {teams.data.map((team) => (
                  <TeamCard
                    key={`${team.id}:${JSON.stringify(team.members)}`}
                    team={team}
                    reps={reps.data}
                    canManage={canManage}
                  />
                ))}
              </SimpleGrid>
            )}
          </>
        )}
      </Stack>
      {editing && <RepEditor rep={editing} onClose={() => setEditing(null)} />}
      <NewRepDialog opened={newRep} onClose={repDialog.close} />
      <NewTeamDialog opened={newTeam} onClose={teamDialog.close} />
    </>
  );
}

/** The current time, refreshed each minute: states change as hours start and end. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useInterval(() => setNow(new Date()), 60_000, { autoInvoke: true });
  return now;
}
