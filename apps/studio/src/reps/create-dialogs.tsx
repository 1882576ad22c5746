import { Button, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyDone, notifyError } from '../lib/notify';
import { useTRPC } from '../lib/trpc';

type DialogProps = { opened: boolean; onClose: () => void };

/** A new rep: name and e-mail; they start available, in UTC, uncapped. */
export function NewRepDialog(props: DialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const create = useMutation(
    trpc.rep.create.mutationOptions({
      onSuccess: (rep) => {
        notifyDone(`${rep.name} is added: set their hours and caps with Edit.`);
        void queryClient.invalidateQueries({ queryKey: trpc.rep.list.queryKey() });
        setName('');
        setEmail('');
        props.onClose();
      },
      onError: (error) => notifyError(error, 'The rep was not added'),
    }),
  );
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="New rep">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name: name.trim(), email: email.trim() });
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            data-autofocus
          />
          <TextInput
            label="E-mail"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
          />
          <Button type="submit" loading={create.isPending}>
            Add rep
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

/** A new, empty team; members are added on its card. */
export function NewTeamDialog(props: DialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation(
    trpc.team.create.mutationOptions({
      onSuccess: (team) => {
        notifyDone(`${team.name} is created: add its reps on its card.`);
        void queryClient.invalidateQueries({ queryKey: trpc.team.list.queryKey() });
        setName('');
        props.onClose();
      },
      onError: (error) => notifyError(error, 'The team was not created'),
    }),
  );
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="New team">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name: name.trim() });
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            data-autofocus
          />
          <Button type="submit" loading={create.isPending}>
            Create team
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
