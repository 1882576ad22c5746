import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { Weekday } from '@switchyard/engine';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyDone, notifyError } from '../lib/notify';
import { RemoveButton } from '../lib/remove-button';
import { type Outputs, useTRPC } from '../lib/trpc';
import {
  fromLocalInput,
  parseSkills,
  skillsToText,
  textsToWeek,
  toLocalInput,
  weekdays,
  weekToTexts,
} from './rep-form';
import { timeZoneChoices } from './time-zones';

export type RepRow = Outputs['rep']['list'][number];

const dayLabels: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

type Absence = { start: string; end: string };

/** A new absence from now to the start of the day after tomorrow, in the rep's wall time. */
function defaultAbsence(timeZone: string): Absence {
  const now = new Date();
  const start = toLocalInput(now.toISOString(), timeZone);
  const end = toLocalInput(new Date(now.getTime() + 2 * 86_400_000).toISOString(), timeZone);
  return { start, end: `${end.slice(0, 10)}T00:00` };
}

/** Edits every field of one rep; the server checks each as the engine will read it. */
export function RepEditor(props: { rep: RepRow; onClose: () => void }) {
  const { rep } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(rep.name);
  const [email, setEmail] = useState(rep.email);
  const [timeZone, setTimeZone] = useState(rep.timeZone);
  const [enforceHours, setEnforceHours] = useState(rep.workingHours !== null);
  const [hours, setHours] = useState(() => weekToTexts(rep.workingHours));
  const [absences, setAbsences] = useState<Absence[]>(() =>
    rep.outOfOffice.map((a) => ({
      start: toLocalInput(a.start, rep.timeZone),
      end: toLocalInput(a.end, rep.timeZone),
    })),
  );
  const [dailyCap, setDailyCap] = useState<number | string>(rep.dailyCap ?? '');
  const [openCap, setOpenCap] = useState<number | string>(rep.openCap ?? '');
  const [skills, setSkills] = useState(() => skillsToText(rep.skills));
  const [problem, setProblem] = useState<string | null>(null);
  const update = useMutation(
    trpc.rep.update.mutationOptions({
      onSuccess: (saved) => {
        notifyDone(`${saved.name} is saved.`);
        void queryClient.invalidateQueries({ queryKey: trpc.rep.list.queryKey() });
        props.onClose();
      },
      onError: (error) => notifyError(error, 'The rep was not saved'),
    }),
  );

  const save = () => {
    const week = textsToWeek(hours);
    const parsedSkills = parseSkills(skills);
    const outOfOffice = absences.map((a) => ({
      start: fromLocalInput(a.start, timeZone),
      end: fromLocalInput(a.end, timeZone),
    }));
    const firstProblem = !week.ok
      ? `Working hours, ${week.message}`
      : !parsedSkills.ok
        ? parsedSkills.message
        : outOfOffice.some((a) => a.start === null || a.end === null)
          ? 'Give every absence a start and an end.'
          : null;
    setProblem(firstProblem);
    if (firstProblem || !week.ok || !parsedSkills.ok) return;
    update.mutate({
      id: rep.id,
      patch: {
        name: name.trim(),
        email: email.trim(),
        timeZone,
        workingHours: enforceHours ? week.value : null,
        outOfOffice: outOfOffice as Array<{ start: string; end: string }>,
        dailyCap: capOf(dailyCap),
        openCap: capOf(openCap),
        skills: parsedSkills.value,
      },
    });
  };

  return (
    <Modal opened onClose={props.onClose} title={`Edit ${rep.name}`} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput
              label="Name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
            />
            <TextInput
              label="E-mail"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              required
            />
          </SimpleGrid>
          <Select
            label="Time zone"
            description="Working hours, absences and the daily cap's midnight are in this zone."
            data={timeZoneChoices(timeZone)}
            value={timeZone}
            onChange={(value) => value && setTimeZone(value)}
            searchable
            allowDeselect={false}
          />
          <Switch
            label="Only during working hours"
            checked={enforceHours}
            onChange={(e) => setEnforceHours(e.currentTarget.checked)}
          />
          {enforceHours && (
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
              {weekdays.map((day) => (
                <TextInput
                  key={day}
                  label={dayLabels[day]}
                  placeholder="Day off"
                  value={hours[day]}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    setHours((week) => ({ ...week, [day]: text }));
                  }}
                />
              ))}
            </SimpleGrid>
          )}
          <div>
            <Group justify="space-between">
              <Title order={4} size="h6">
                Out of office
              </Title>
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={14} />}
                onClick={() => setAbsences((list) => [...list, defaultAbsence(timeZone)])}
              >
                Add absence
              </Button>
            </Group>
            {absences.length === 0 && (
              <Text size="sm" c="dimmed">
                No absences planned.
              </Text>
            )}
            {absences.map((absence, index) => (
              // Absences have no id; their position is their identity while the dialog is open.
              <Group key={index} align="flex-end" gap="xs">
                <TextInput
                  type="datetime-local"
                  label={`Away from (${timeZone})`}
                  value={absence.start}
                  onChange={(e) => {
                    const start = e.currentTarget.value;
                    setAbsences((list) => list.map((a, i) => (i === index ? { ...a, start } : a)));
                  }}
                />
                <TextInput
                  type="datetime-local"
                  label="Back at"
                  value={absence.end}
                  onChange={(e) => {
                    const end = e.currentTarget.value;
                    setAbsences((list) => list.map((a, i) => (i === index ? { ...a, end } : a)));
                  }}
                />
                <RemoveButton
                  label={`Remove absence ${index + 1}`}
                  onClick={() => setAbsences((list) => list.filter((_, i) => i !== index))}
                />
              </Group>
            ))}
          </div>
          <SimpleGrid cols={2}>
            <NumberInput
              label="Daily cap"
              description="Leads per day, reset at the rep's midnight. Empty: no cap."
              min={0}
              allowDecimal={false}
              value={dailyCap}
              onChange={setDailyCap}
            />
            <NumberInput
              label="Open-lead cap"
              description="Leads assigned, accepted or contacted at once. Empty: no cap."
              min={0}
              allowDecimal={false}
              value={openCap}
              onChange={setOpenCap}
            />
          </SimpleGrid>
          <Textarea
            label="Skills"
            description='One per line, a lead field and the values this rep covers: "language: de, en".'
            autosize
            minRows={2}
            value={skills}
            onChange={(e) => setSkills(e.currentTarget.value)}
          />
          {problem && (
            <Text c="red" size="sm" role="alert">
              {problem}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save rep
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function capOf(value: number | string): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
