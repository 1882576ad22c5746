import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { ConditionEditor } from '../conditions/lazy-condition-editor';
import { type Item, itemsOf, type KindFormProps, nextItemId } from './inspector-props';

/** Qualify: one condition; leads that meet it pass, the rest fail. */
export function QualifyForm({ node, setConfig, choices }: KindFormProps) {
  return (
    <ConditionEditor
      label="Passes when"
      rule={node.config.rule}
      catalogue={choices.catalogue}
      onChange={(rule) => setConfig((c) => ({ ...c, rule }))}
    />
  );
}

/** An ordered list of a config's items, each in a box with move and remove buttons. */
export function ItemList(props: {
  title: string;
  items: Item[];
  onChange: (items: Item[]) => void;
  addLabel: string;
  newItem: (items: Item[]) => Item;
  render: (item: Item, update: (patch: Item) => void) => React.ReactNode;
  minItems?: number;
}) {
  const { items, onChange } = props;
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    if (moved) next.splice(to, 0, moved);
    onChange(next);
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {props.title}
      </Text>
      {items.map((item, index) => (
        <Paper key={String(item.id ?? index)} withBorder p="xs">
          <Stack gap={6}>
            {props.render(item, (patch) =>
              onChange(items.map((it, i) => (i === index ? { ...it, ...patch } : it))),
            )}
            <Group gap={4} justify="flex-end">
              <ActionIcon
                variant="subtle"
                aria-label="Move up"
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label="Move down"
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1)}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label="Remove"
                disabled={items.length <= (props.minItems ?? 0)}
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Button variant="light" size="xs" onClick={() => onChange([...items, props.newItem(items)])}>
        {props.addLabel}
      </Button>
    </Stack>
  );
}

/** A list item's name and number side by side (score rule and points, grade and minimum, arm and share). */
function NameAndNumber(props: {
  item: Item;
  update: (patch: Item) => void;
  name: { key: string; label: string };
  number: { key: string; label: string; min?: number; max?: number };
}) {
  const { item, update, name, number } = props;
  return (
    <Group grow>
      <TextInput
        label={name.label}
        value={String(item[name.key] ?? '')}
        onChange={(e) => update({ [name.key]: e.currentTarget.value })}
      />
      <NumberInput
        label={number.label}
        min={number.min}
        max={number.max}
        value={Number(item[number.key] ?? 0)}
        onChange={(v) => update({ [number.key]: Number(v) || 0 })}
      />
    </Group>
  );
}

/** Branch: ordered cases, the first that holds wins; "else" takes the rest. */
export function BranchForm({ node, setConfig, choices }: KindFormProps) {
  return (
    <ItemList
      title="Cases, checked in order"
      items={itemsOf(node.config.cases)}
      onChange={(cases) => setConfig((c) => ({ ...c, cases }))}
      addLabel="+ Case"
      newItem={(items) => ({
        id: nextItemId('case', items),
        label: `Case ${items.length + 1}`,
        when: true,
      })}
      render={(item, update) => (
        <>
          <TextInput
            label="Case name"
            value={String(item.label ?? '')}
            onChange={(e) => update({ label: e.currentTarget.value })}
          />
          <ConditionEditor
            label={`${String(item.label || item.id)} when`}
            rule={item.when}
            catalogue={choices.catalogue}
            onChange={(when) => update({ when })}
          />
        </>
      )}
    />
  );
}

/** Score: points per rule that holds; the grade is the highest band reached. */
export function ScoreForm({ node, setConfig, choices }: KindFormProps) {
  return (
    <Stack>
      <ItemList
        title="Rules"
        items={itemsOf(node.config.rules)}
        onChange={(rules) => setConfig((c) => ({ ...c, rules }))}
        addLabel="+ Rule"
        newItem={(items) => ({
          id: nextItemId('rule', items),
          label: 'New rule',
          when: true,
          points: 10,
        })}
        render={(item, update) => (
          <>
            <NameAndNumber
              item={item}
              update={update}
              name={{ key: 'label', label: 'Rule name' }}
              number={{ key: 'points', label: 'Points' }}
            />
            <ConditionEditor
              label={`${String(item.label || item.id)} when`}
              rule={item.when}
              catalogue={choices.catalogue}
              onChange={(when) => update({ when })}
            />
          </>
        )}
      />
      <ItemList
        title="Grades (highest minimum reached wins)"
        items={itemsOf(node.config.bands)}
        onChange={(bands) => setConfig((c) => ({ ...c, bands }))}
        addLabel="+ Grade"
        newItem={() => ({ grade: 'new', min: 0 })}
        render={(item, update) => (
          <NameAndNumber
            item={item}
            update={update}
            name={{ key: 'grade', label: 'Grade' }}
            number={{ key: 'min', label: 'From score' }}
          />
        )}
      />
    </Stack>
  );
}

/** Split: arms with a share of leads each; they must add up to 100 %. */
export function SplitForm({ node, setConfig }: KindFormProps) {
  const arms = itemsOf(node.config.arms);
  const total = arms.reduce((sum, a) => sum + Number(a.weight ?? 0), 0);
  return (
    <Stack gap="xs">
      <ItemList
        title="Arms"
        items={arms}
        minItems={2}
        onChange={(next) => setConfig((c) => ({ ...c, arms: next }))}
        addLabel="+ Arm"
        newItem={(items) => ({
          id: nextItemId('arm', items),
          label: `Arm ${items.length + 1}`,
          weight: 0,
        })}
        render={(item, update) => (
          <NameAndNumber
            item={item}
            update={update}
            name={{ key: 'label', label: 'Arm name' }}
            number={{ key: 'weight', label: 'Share %', min: 0, max: 100 }}
          />
        )}
      />
      <Text size="sm" c={total === 100 ? 'dimmed' : 'red'}>
        Total {total}%{total === 100 ? '' : ' — must be 100%'}
      </Text>
    </Stack>
  );
}
