import { Badge, Button, Group, Switch, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifyError } from '../lib/notify';
import { type Outputs, useTRPC } from '../lib/trpc';
import type { RepRow } from './rep-editor';
import { repState } from './rep-state';

type Team = Outputs['team']['list'][number];

// Badges cut long words with an ellipsis; a state sentence must be read whole.
const wrapping = {
  root: { height: 'auto', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible' },
} as const;

const capText = (count: number, cap: number | null) =>
  cap === null ? `${count}` : `${count}/${cap}`;

/** Every rep with the state the distributor sees now, their teams, load and availability. */
export function RepTable(props: {
  reps: readonly RepRow[];
  teams: readonly Team[];
  now: Date;
  canManage: boolean;
  onEdit: (rep: RepRow) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const availability = useMutation(
    trpc.rep.setAvailability.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.rep.list.queryKey() }),
      onError: (error) => notifyError(error, 'Availability was not changed'),
    }),
  );
  return (
    <Table striped aria-label="Reps" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Rep</Table.Th>
          <Table.Th>What the distributor sees</Table.Th>
          <Table.Th>Teams</Table.Th>
          <Table.Th>Time zone</Table.Th>
          <Table.Th ta="right">Today</Table.Th>
          <Table.Th ta="right">Open</Table.Th>
          <Table.Th>Skills</Table.Th>
          <Table.Th>Available</Table.Th>
          <Table.Th>
            <VisuallyHidden>Edit</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.reps.map((rep) => {
          const state = repState(rep, rep.load, props.now);
          const teams = props.teams.filter((t) => t.members.some((m) => m.repId === rep.id));
          return (
            <Table.Tr key={rep.id} data-testid={`rep-${rep.id}`}>
              <Table.Td>
                <Text fw={500}>{rep.name}</Text>
                <Text size="xs" c="dimmed">
                  {rep.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Tooltip
                  label={state.details.join(' · ')}
                  disabled={state.details.length < 2}
                  multiline
                  w={280}
                >
                  <Badge
                    color={state.color}
                    variant="light"
                    data-testid="rep-state"
                    tt="none"
                    styles={wrapping}
                  >
                    {state.label}
                  </Badge>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {teams.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      None
                    </Text>
                  ) : (
                    teams.map((t) => (
                      <Badge key={t.id} variant="outline" color="gray" tt="none" styles={wrapping}>
                        {t.name}
                      </Badge>
                    ))
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{rep.timeZone}</Table.Td>
              <Table.Td ta="right" aria-label={`Leads today of ${rep.name}, of the daily cap`}>
                {capText(rep.load.assignedToday, rep.dailyCap)}
              </Table.Td>
              <Table.Td ta="right" aria-label={`Open leads of ${rep.name}, of the open-lead cap`}>
                {capText(rep.load.openLeads, rep.openCap)}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {Object.entries(rep.skills)
                    .map(([skill, values]) => `${skill}: ${values.join(', ')}`)
                    .join('; ') || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Switch
                  aria-label={`${rep.name} takes new leads`}
                  checked={rep.active}
                  disabled={!props.canManage || availability.isPending}
                  onChange={(e) =>
                    availability.mutate({ id: rep.id, active: e.currentTarget.checked })
                  }
                />
              </Table.Td>
              <Table.Td>
                {props.canManage && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    aria-label={`Edit ${rep.name}`}
                    onClick={() => props.onEdit(rep)}
                  >
                    Edit
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
