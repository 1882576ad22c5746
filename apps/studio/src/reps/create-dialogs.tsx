import { TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog } from '../lib/form-dialog';
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
    <FormDialog
      {...props}
      title="New rep"
      submitLabel="Add rep"
      saving={create.isPending}
      onSubmit={() => create.mutate({ name: name.trim(), email: email.trim() })}
    >
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
    </FormDialog>
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
    <FormDialog
      {...props}
      title="New team"
      submitLabel="Create team"
      saving={create.isPending}
      onSubmit={() => create.mutate({ name: name.trim() })}
    >
      <TextInput
        label="Name"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
        data-autofocus
      />
    </FormDialog>
  );
}
