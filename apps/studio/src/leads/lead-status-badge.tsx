import { Badge } from '@mantine/core';

// One colour per status, so a manager scanning the list sees open work (blue) apart from closed.
const colors: Record<string, string> = {
  assigned: 'blue',
  pooled: 'grape',
  disqualified: 'gray',
  accepted: 'cyan',
  contacted: 'indigo',
  converted: 'teal',
  lost: 'red',
};

/** The statuses a lead can have, as the filter offers them. */
export const leadStatusOptions = Object.keys(colors).map((value) => ({
  value,
  label: value[0]?.toUpperCase() + value.slice(1),
}));

/** A lead's status as a coloured word. */
export function LeadStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={colors[status] ?? 'gray'} variant="light">
      {status}
    </Badge>
  );
}
