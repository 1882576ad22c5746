import {
  Alert,
  Badge,
  Center,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { type DiffStatus, diffFlows, stepsOfChange } from '../flow-view/flow-diff';
import { FlowView } from '../flow-view/flow-view';
import { messageOf } from '../lib/trpc';
import { comparisonChoices, type DocumentRef, refName, type VersionRow } from './history-params';
import { useSideDocument } from './use-side-document';

const statusLooks: Record<DiffStatus, { colour: string; word: string }> = {
  added: { colour: 'green', word: 'Added' },
  removed: { colour: 'red', word: 'Removed' },
  changed: { colour: 'yellow', word: 'Changed' },
};

const sides = [
  { side: 'from', label: 'Compare' },
  { side: 'to', label: 'with' },
] as const;

/**
 * Two documents compared on one canvas: added steps green, removed ones red (drawn where the
 * older version had them), changed ones amber, and the changes listed in words beside it.
 */
export function DiffPanel(props: {
  flowId: string;
  versions: readonly VersionRow[];
  draft: { document: unknown; teamMap: Readonly<Record<string, string>> };
  from: DocumentRef | null;
  to: DocumentRef | null;
  onPick: (side: 'from' | 'to', ref: DocumentRef) => void;
}) {
  const { versions, from, to } = props;
  const older = useSideDocument(props.flowId, from, props.draft);
  const newer = useSideDocument(props.flowId, to, props.draft);
  const ready = from !== null && to !== null && !older.isPending && !newer.isPending;
  const diff = useMemo(
    () =>
      ready
        ? diffFlows(older.document, newer.document, {
            older: older.teamMap,
            newer: newer.teamMap,
          })
        : null,
    [ready, older.document, newer.document, older.teamMap, newer.teamMap],
  );
  const [focus, setFocus] = useState<readonly string[] | null>(null);
  const choices = comparisonChoices(versions);
  const error = older.error ?? newer.error;
  const title = `Changes from ${refName(versions, from)} to ${refName(versions, to)}`;
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        {sides.map(({ side, label }) => (
          <Select
            key={side}
            label={label}
            data={choices}
            value={side === 'from' ? from : to}
            onChange={(value) => value && props.onPick(side, value)}
            allowDeselect={false}
            w={220}
          />
        ))}
        <Legend counts={diff?.changes ?? []} />
      </Group>
      {error ? (
        <Alert color="red">{messageOf(error)}</Alert>
      ) : !diff ? (
        <Center h={480}>
          <Loader aria-label="Loading the versions to compare" />
        </Center>
      ) : (
        <div className="diff-layout">
          <FlowView
            graph={diff.graph}
            nodeStatus={diff.nodes}
            edgeStatus={diff.edges}
            label={title}
            height={520}
            focus={focus}
          />
          <Stack gap="xs" className="diff-changes">
            <Title order={3} size="h5">
              {title}
            </Title>
            {diff.changes.length === 0 ? (
              <Text c="dimmed" size="sm">
                No differences: both route every lead the same way.
              </Text>
            ) : (
              <ul aria-label="Changes" className="change-list">
                {diff.changes.map((change, index) => {
                  const steps = stepsOfChange(change, diff.graph);
                  const words = (
                    <>
                      <Badge size="xs" variant="light" color={statusLooks[change.status].colour}>
                        {statusLooks[change.status].word}
                      </Badge>{' '}
                      <Text span size="sm">
                        {change.sentence}
                      </Text>
                    </>
                  );
                  return (
                    <li key={`${index}-${change.sentence}`} data-status={change.status}>
                      {steps.length === 0 ? (
                        words
                      ) : (
                        // A new array each press, so pressing the same change again re-centres.
                        <UnstyledButton onClick={() => setFocus(steps)} title="Show on the canvas">
                          {words}
                        </UnstyledButton>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </Stack>
        </div>
      )}
    </Stack>
  );
}

/** Colour key, with counts: the colours are never the only way the canvas says it. */
function Legend(props: { counts: ReadonlyArray<{ status: DiffStatus }> }) {
  return (
    <Group gap="xs" pb={6}>
      {(Object.keys(statusLooks) as DiffStatus[]).map((status) => (
        <Badge key={status} color={statusLooks[status].colour} variant="light">
          {statusLooks[status].word}: {props.counts.filter((c) => c.status === status).length}
        </Badge>
      ))}
    </Group>
  );
}
