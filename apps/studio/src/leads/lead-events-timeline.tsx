import { Text, Timeline } from '@mantine/core';
import { formatDateTime } from '../lib/format';

/** One stored lead event, as `lead.byId` answers it. */
export type LeadEventView = {
  id: string;
  type: string;
  repId: string | null;
  value: number | null;
  reason: string | null;
  actor: string;
  at: string;
};

/** What happened to the lead since it arrived, oldest first. */
export function LeadEventsTimeline(props: {
  events: readonly LeadEventView[];
  repNames: Readonly<Record<string, string>>;
}) {
  if (props.events.length === 0) return <Text c="dimmed">Nothing has happened yet.</Text>;
  return (
    <Timeline active={props.events.length - 1} bulletSize={12} lineWidth={2} aria-label="Events">
      {props.events.map((event) => {
        const rep = event.repId ? (props.repNames[event.repId] ?? event.repId) : null;
        return (
          <Timeline.Item key={event.id} title={event.type}>
            <Text size="sm" c="dimmed">
              {formatDateTime(event.at)} · by {event.actor}
              {rep ? ` · ${rep}` : ''}
            </Text>
            {event.value !== null && <Text size="sm">Value {event.value}</Text>}
            {event.reason && <Text size="sm">{event.reason}</Text>}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
