import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type NodeKind, nodeKinds } from '@switchyard/flow';
import { IconTrash } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { DocNode } from '../editor/flow-graph';
import type { OutputRoute } from '../editor/next-steps';
import { lookOf } from '../nodes/kind-looks';
import type { InspectorChoices, KindFormProps } from './inspector-props';
import { NextStepsForm } from './next-steps-form';
import { AssignForm, CaptureForm, DisqualifyForm, MatchForm, PoolForm } from './outcome-forms';
import { BranchForm, QualifyForm, ScoreForm, SplitForm } from './rule-forms';

const forms = {
  capture: CaptureForm,
  qualify: QualifyForm,
  score: ScoreForm,
  branch: BranchForm,
  split: SplitForm,
  match: MatchForm,
  assign: AssignForm,
  pool: PoolForm,
  disqualify: DisqualifyForm,
} satisfies Record<NodeKind, ComponentType<KindFormProps>>;

/** The selected step's form: its name, then what its kind needs. */
export function NodeInspector(props: {
  node: DocNode;
  choices: InspectorChoices;
  onChange: (change: (doc: DocNode) => DocNode) => void;
  onDelete: () => void;
  /** Where each output leads; connecting without dragging. */
  routes?: readonly OutputRoute[];
  onRoute?: (output: string, target: string | null) => void;
}) {
  const { node, onChange } = props;
  const look = lookOf(node.kind);
  const Form = node.kind in forms ? forms[node.kind as NodeKind] : null;
  return (
    <Stack gap="sm" aria-label={`Settings of ${node.label || node.id}`}>
      <Group justify="space-between">
        <Badge variant="light" leftSection={<look.icon size={12} />}>
          {look.title}
        </Badge>
        <Text size="xs" c="dimmed">
          id {node.id}
        </Text>
      </Group>
      {node.kind in nodeKinds && (
        <Text size="xs" c="dimmed">
          {nodeKinds[node.kind as NodeKind].description}
        </Text>
      )}
      <TextInput
        label="Step name"
        value={node.label ?? ''}
        onChange={(e) => {
          const label = e.currentTarget.value;
          onChange((doc) => ({ ...doc, label }));
        }}
      />
      {Form ? (
        <Form
          node={node}
          choices={props.choices}
          setConfig={(change) => onChange((doc) => ({ ...doc, config: change(doc.config) }))}
        />
      ) : (
        <Text c="red">This studio does not know the kind "{node.kind}".</Text>
      )}
      {props.routes && props.onRoute && (
        <NextStepsForm routes={props.routes} onRoute={props.onRoute} />
      )}
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} />}
        onClick={props.onDelete}
      >
        Delete step
      </Button>
    </Stack>
  );
}
