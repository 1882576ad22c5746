import {
  Alert,
  Button,
  Center,
  Loader,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { notifyDone, notifyError } from '../lib/notify';
import { type Outputs, useTRPC } from '../lib/trpc';
import {
  type Choices,
  type ImportSource,
  importRequest,
  suggestRepMap,
  suggestTeamMap,
} from './import-mapping';

type Named = { id: string; name: string };

/** "Use this template": name the flow, map each team (and rep) placeholder, import, edit. */
export function ImportTemplateDialog(props: { source: ImportSource | null; onClose: () => void }) {
  return (
    <Modal
      opened={props.source !== null}
      onClose={props.onClose}
      title={props.source ? `Use “${props.source.summary.name}”` : 'Use a template'}
      size="lg"
    >
      {props.source && <MappingLoader source={props.source} />}
    </Modal>
  );
}

// The form starts from the organisation's teams and reps, so it waits for them.
function MappingLoader({ source }: { source: ImportSource }) {
  const trpc = useTRPC();
  const teams = useQuery(trpc.team.list.queryOptions());
  const needsReps = source.summary.repPlaceholders.length > 0;
  const reps = useQuery({ ...trpc.rep.list.queryOptions(), enabled: needsReps });
  const failed = [teams, reps].find((query) => query.isError);
  if (failed) return <Alert color="red">{failed.error?.message}</Alert>;
  if (!teams.data || (needsReps && !reps.data)) {
    return (
      <Center p="lg">
        <Loader aria-label="Loading your teams" />
      </Center>
    );
  }
  return <MappingForm source={source} teams={teams.data} reps={reps.data ?? []} />;
}

function MappingForm(props: {
  source: ImportSource;
  teams: Outputs['team']['list'];
  reps: Outputs['rep']['list'];
}) {
  const { summary } = props.source;
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [name, setName] = useState(summary.name);
  const [teams, setTeams] = useState<Choices>(() => suggestTeamMap(summary.teams, props.teams));
  const [reps, setReps] = useState<Choices>(() =>
    suggestRepMap(summary.repPlaceholders, props.reps),
  );
  const request = importRequest(props.source, { name, teams, reps });
  const importing = useMutation(
    trpc.template.import.mutationOptions({
      onSuccess: (flow) => {
        notifyDone(`“${flow.name}” is ready to edit.`);
        navigate(`/flows/${flow.id}`);
      },
      onError: (error) => notifyError(error, 'The template was not imported'),
    }),
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (request.ok) importing.mutate(request.value);
      }}
    >
      <Stack>
        <TextInput
          label="Flow name"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          required
          data-autofocus
        />
        {summary.teams.length > 0 && (
          <PlaceholderSelects
            title="Teams"
            hint="Each team the template names becomes one of your teams."
            placeholders={summary.teams.map((team) => ({ key: team.key, label: team.label }))}
            options={props.teams}
            chosen={teams}
            onChange={setTeams}
            required
          />
        )}
        {summary.teams.length > 0 && props.teams.length === 0 && (
          <Alert color="yellow">Your organisation has no teams yet: create them first.</Alert>
        )}
        {summary.repPlaceholders.length > 0 && (
          <PlaceholderSelects
            title="Reps"
            hint="Optional: a placeholder you leave is marked in the editor until you choose a rep."
            placeholders={summary.repPlaceholders.map((id) => ({ key: id, label: id }))}
            options={props.reps}
            chosen={reps}
            onChange={setReps}
          />
        )}
        {!request.ok && (
          <Text size="sm" c="dimmed" role="status">
            {request.error.message}
          </Text>
        )}
        <Button type="submit" loading={importing.isPending} disabled={!request.ok}>
          Import and open
        </Button>
      </Stack>
    </form>
  );
}

function PlaceholderSelects(props: {
  title: string;
  hint: string;
  placeholders: Array<{ key: string; label: string }>;
  options: readonly Named[];
  chosen: Choices;
  onChange: (next: Choices) => void;
  required?: boolean;
}) {
  const data = props.options.map((option) => ({ value: option.id, label: option.name }));
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={3} size="h5" component="legend">
        {props.title}
      </Title>
      <Text size="sm" c="dimmed">
        {props.hint}
      </Text>
      {props.placeholders.map((placeholder) => (
        <Select
          key={placeholder.key}
          label={placeholder.label}
          placeholder={props.required ? 'Choose a team' : 'Keep the placeholder'}
          data={data}
          value={props.chosen[placeholder.key] ?? null}
          onChange={(value) => props.onChange({ ...props.chosen, [placeholder.key]: value })}
          required={props.required}
          clearable={!props.required}
          // Picking the chosen team again keeps it: a required choice is changed, not undone.
          allowDeselect={!props.required}
          searchable
        />
      ))}
    </Stack>
  );
}
