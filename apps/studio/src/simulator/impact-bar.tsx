import { Badge, Group, Loader, Select, Switch, Text } from '@mantine/core';
import { useMemo } from 'react';
import { templateCatalogue } from '../templates/template-catalogue';
import { changeText, type Impact } from './impact';
import type { CountBasis } from './use-impact';

const recentValue = 'recent';
const realValue = 'real';

/**
 * Above the canvas: whether edges show lead counts, what they count (the last 30 days' leads
 * or a template's samples), and how the draft moves leads against the live version
 * ("+42 to Enterprise AEs").
 */
export function ImpactBar(props: {
  shown: boolean;
  onShownChange: (shown: boolean) => void;
  basis: CountBasis;
  onBasisChange: (basis: CountBasis) => void;
  loading: boolean;
  impact: Impact | null;
  recentTotal: number | null;
  counted: number;
  live: { version: number } | null;
}) {
  const { impact, basis } = props;
  const biggest = impact?.changes[0];
  const choices = useMemo(
    () => [
      { value: recentValue, label: 'Last 30 days’ leads' },
      { value: realValue, label: 'Last 30 days, real paths' },
      ...templateCatalogue()
        .filter((template) => template.sampleCount > 0)
        .map((template) => ({ value: template.id, label: `Samples: ${template.name}` })),
    ],
    [],
  );
  const note = (() => {
    if (!props.shown) return null;
    if (props.loading) return 'Counting…';
    if (basis.kind !== 'template' && props.recentTotal === 0) {
      return 'No leads in the last 30 days yet; count a template’s samples instead.';
    }
    if (!impact) return 'Fix the errors to see how many leads take each path.';
    const total = basis.kind === 'template' ? props.counted : (props.recentTotal ?? props.counted);
    const part =
      props.counted < total ? `the newest ${props.counted.toLocaleString('en-US')} of ` : '';
    return `${part}${total.toLocaleString('en-US')} lead${total === 1 ? '' : 's'}`;
  })();
  return (
    <Group gap="xs" px="sm" py={4} className="impact-bar" wrap="nowrap">
      <Switch
        size="xs"
        label="Lead counts"
        checked={props.shown}
        onChange={(event) => props.onShownChange(event.currentTarget.checked)}
      />
      {props.shown && (
        <Select
          size="xs"
          w={160}
          style={{ flexShrink: 0 }}
          aria-label="Count which leads"
          data={choices}
          value={basis.kind === 'template' ? basis.templateId : basis.kind}
          onChange={(value) =>
            props.onBasisChange(
              !value || value === recentValue
                ? { kind: 'recent' }
                : value === realValue
                  ? { kind: 'real' }
                  : { kind: 'template', templateId: value },
            )
          }
          allowDeselect={false}
        />
      )}
      {props.loading && <Loader size={12} />}
      <Text
        size="xs"
        c="dimmed"
        truncate
        role="status"
        aria-live="polite"
        title={note ?? undefined}
        style={{ minWidth: 0, flex: 1 }}
      >
        {note}
      </Text>
      {props.shown && impact && props.live && (
        // The changes keep their width and the note gives way. At 1280 px the canvas has room
        // for one change: the biggest, whole up to 160 px and whole in its title, then how many
        // more, all of them in that chip's title (issue 20: "−208 T…" said nothing).
        <Group gap={4} wrap="nowrap" data-testid="impact-changes" style={{ flexShrink: 0 }}>
          <Text size="xs" c="dimmed">
            vs live v{props.live.version}:
          </Text>
          {biggest === undefined ? (
            <Text size="xs">no change</Text>
          ) : (
            <>
              <Badge
                size="sm"
                variant="light"
                tt="none"
                maw={160}
                title={changeText(biggest)}
                color={biggest.delta > 0 ? 'teal' : 'red'}
              >
                {changeText(biggest)}
              </Badge>
              {impact.changes.length > 1 && (
                <Badge
                  size="sm"
                  variant="light"
                  color="gray"
                  tt="none"
                  title={impact.changes.map(changeText).join(', ')}
                >
                  +{impact.changes.length - 1} more
                </Badge>
              )}
            </>
          )}
        </Group>
      )}
    </Group>
  );
}
