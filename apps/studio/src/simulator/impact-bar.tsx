import { Badge, Group, Loader, Switch, Text } from '@mantine/core';
import type { Impact } from './impact';
import { changeText } from './impact';

/**
 * Above the canvas: whether edges show lead counts, what the counts are based on, and how the
 * draft moves leads against the live version ("+42 to Enterprise AEs").
 */
export function ImpactBar(props: {
  shown: boolean;
  onShownChange: (shown: boolean) => void;
  loading: boolean;
  impact: Impact | null;
  sample: { total: number; leads: readonly unknown[]; live: { version: number } | null } | null;
}) {
  const { impact, sample } = props;
  const basis = (() => {
    if (!props.shown) return null;
    if (props.loading) return 'Counting the last 30 days’ leads…';
    if (!sample || sample.total === 0) return 'No leads in the last 30 days to count yet.';
    if (!impact) return 'Fix the errors to see how many leads take each path.';
    const newest =
      sample.leads.length < sample.total
        ? ` (the newest ${sample.leads.length.toLocaleString('en-US')})`
        : '';
    return `${impact.leads.toLocaleString('en-US')} leads of the last 30 days${newest}`;
  })();
  return (
    <Group
      gap="sm"
      px="sm"
      py={4}
      className="impact-bar"
      wrap="nowrap"
      role="status"
      aria-live="polite"
    >
      <Switch
        size="xs"
        label="Lead counts"
        checked={props.shown}
        onChange={(event) => props.onShownChange(event.currentTarget.checked)}
      />
      {props.loading && <Loader size={12} />}
      {basis && (
        <Text size="xs" c="dimmed" truncate>
          {basis}
        </Text>
      )}
      {props.shown && impact && sample?.live && (
        <Group gap={4} wrap="nowrap" data-testid="impact-changes">
          <Text size="xs" c="dimmed">
            vs live v{sample.live.version}:
          </Text>
          {impact.changes.length === 0 ? (
            <Text size="xs">no change</Text>
          ) : (
            impact.changes.slice(0, 3).map((change) => (
              <Badge
                key={change.nodeId}
                size="sm"
                variant="light"
                color={change.delta > 0 ? 'teal' : 'red'}
              >
                {changeText(change)}
              </Badge>
            ))
          )}
        </Group>
      )}
    </Group>
  );
}
