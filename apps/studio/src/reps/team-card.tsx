import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyDone, notifyError } from '../lib/notify';
import { RemoveButton } from '../lib/remove-button';
import { type Outputs, useTRPC } from '../lib/trpc';

type Team = Outputs['team']['list'][number];
type Member = { repId: string; weight: number };

/**
 * One team: its members in round-robin order with their weights (read by `weighted`), a rep to
 * add, and its name. Changes are local until "Save members" replaces the list in one call.
 */
export function TeamCard(props: {
  team: Team;
  reps: ReadonlyArray<{ id: string; name: string }>;
  canManage: boolean;
}) {
  const { team } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [members, setMembers] = useState<Member[]>(() =>
    team.members.map((m) => ({ repId: m.repId, weight: m.weight })),
  );
  const [name, setName] = useState(team.name);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.team.list.queryKey() });
  const setMembersCall = useMutation(
    trpc.team.setMembers.mutationOptions({
      onSuccess: () => {
        notifyDone(`The members of ${team.name} are saved.`);
        void refresh();
      },
      onError: (error) => notifyError(error, 'The members were not saved'),
    }),
  );
  const rename = useMutation(
    trpc.team.rename.mutationOptions({
      onSuccess: (renamed) => {
        notifyDone(`Renamed to ${renamed.name}.`);
        void refresh();
      },
      onError: (error) => notifyError(error, 'The team was not renamed'),
    }),
  );
  const nameOf = (repId: string) => props.reps.find((r) => r.id === repId)?.name ?? repId;
  const saved = JSON.stringify(team.members.map((m) => ({ repId: m.repId, weight: m.weight })));
  const changed = JSON.stringify(members) !== saved;
  const addable = props.reps.filter((rep) => !members.some((m) => m.repId === rep.id));

  return (
    <Card withBorder component="section" aria-label={`Team ${team.name}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          {props.canManage ? (
            <Group gap="xs">
              <TextInput
                aria-label={`Name of ${team.name}`}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                w={260}
              />
              {name.trim() !== team.name && (
                <Button
                  size="compact-sm"
                  variant="light"
                  loading={rename.isPending}
                  onClick={() => rename.mutate({ id: team.id, name: name.trim() })}
                >
                  Rename
                </Button>
              )}
            </Group>
          ) : (
            <Title order={3} size="h5">
              {team.name}
            </Title>
          )}
          <Text size="sm" c="dimmed">
            {members.length} {members.length === 1 ? 'rep' : 'reps'}
          </Text>
        </Group>
        {members.length === 0 ? (
          <Text size="sm" c="dimmed">
            No reps yet: an assign step on this team falls back at once.
          </Text>
        ) : (
          <Table aria-label={`Members of ${team.name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rep, in round-robin order</Table.Th>
                <Table.Th w={140}>Weight</Table.Th>
                <Table.Th w={40}>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => (
                <Table.Tr key={member.repId}>
                  <Table.Td>{nameOf(member.repId)}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      aria-label={`Weight of ${nameOf(member.repId)} in ${team.name}`}
                      min={0.1}
                      max={1000}
                      value={member.weight}
                      disabled={!props.canManage}
                      onChange={(value) =>
                        setMembers((list) =>
                          list.map((m) =>
                            m.repId === member.repId ? { ...m, weight: Number(value) || 1 } : m,
                          ),
                        )
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    {props.canManage && (
                      <RemoveButton
                        label={`Remove ${nameOf(member.repId)} from ${team.name}`}
                        onClick={() =>
                          setMembers((list) => list.filter((m) => m.repId !== member.repId))
                        }
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {props.canManage && (
          <Group justify="space-between">
            <Select
              aria-label={`Add a rep to ${team.name}`}
              placeholder="Add a rep"
              data={addable.map((rep) => ({ value: rep.id, label: rep.name }))}
              value={null}
              onChange={(repId) => repId && setMembers((list) => [...list, { repId, weight: 1 }])}
              searchable
              w={260}
            />
            <Button
              disabled={!changed}
              loading={setMembersCall.isPending}
              onClick={() => setMembersCall.mutate({ teamId: team.id, members })}
            >
              Save members
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
