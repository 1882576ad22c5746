import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { localMidnight } from '../lib/format';
import { useTRPC } from '../lib/trpc';
import { useMe } from '../lib/use-me';
import { emptyLeadFilters, type LeadFilterForm, periodProblem } from './lead-filters';
import { leadStatusOptions } from './lead-status-badge';

// Owner and flow pickers need rep.list and flow.list, which reps may not call: they get neither.
const pickerRoles = ['owner', 'manager', 'consultant'];

/** Search and filters of the leads page; `onChange` gets the whole form on every edit. */
export function LeadFilterBar(props: {
  value: LeadFilterForm;
  onChange: (next: LeadFilterForm) => void;
}) {
  const trpc = useTRPC();
  const me = useMe();
  const pickers = pickerRoles.includes(me.data?.role ?? '');
  const [todayStartsAt] = useState(localMidnight);
  const reps = useQuery({ ...trpc.rep.list.queryOptions(), enabled: pickers });
  const flows = useQuery({ ...trpc.flow.list.queryOptions({ todayStartsAt }), enabled: pickers });
  const { value, onChange } = props;
  const set = (patch: Partial<LeadFilterForm>) => onChange({ ...value, ...patch });
  const problem = periodProblem(value);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="E-mail or company"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value.search}
        onChange={(event) => set({ search: event.currentTarget.value })}
        w={240}
      />
      <Select
        label="Status"
        placeholder="Any status"
        data={leadStatusOptions}
        value={value.status}
        onChange={(status) => set({ status })}
        clearable
        w={160}
      />
      {pickers && (
        <Select
          label="Owner"
          placeholder="Any rep"
          data={(reps.data ?? []).map((rep) => ({ value: rep.id, label: rep.name }))}
          value={value.ownerRepId}
          onChange={(ownerRepId) => set({ ownerRepId })}
          searchable
          clearable
          w={180}
        />
      )}
      {pickers && (
        <Select
          label="Flow"
          placeholder="Any flow"
          data={(flows.data ?? []).map((flow) => ({ value: flow.id, label: flow.name }))}
          value={value.flowId}
          onChange={(flowId) => set({ flowId })}
          searchable
          clearable
          w={180}
        />
      )}
      <TextInput
        type="date"
        label="Received from"
        value={value.fromDate}
        onChange={(event) => set({ fromDate: event.currentTarget.value })}
        error={problem}
        w={160}
      />
      <TextInput
        type="date"
        label="Received until"
        value={value.toDate}
        onChange={(event) => set({ toDate: event.currentTarget.value })}
        w={160}
      />
      <Button variant="default" onClick={() => onChange(emptyLeadFilters)}>
        Clear filters
      </Button>
    </Group>
  );
}
