import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import type { InspectorChoices, Item } from './inspector-props';
import { itemsOf, nextItemId, optionalNumber } from './inspector-props';
import { ItemList } from './rule-forms';

type Strategy = Record<string, unknown>;
type SetStrategy = (patch: Strategy) => void;

// The flow language wants these fields absent rather than empty.
const optionalText = (value: string | null) => (value?.trim() ? value.trim() : undefined);

const fieldsOfType = (choices: InspectorChoices, type: string) =>
  choices.catalogue
    .filter((field) => field.type === type && !field.key.startsWith('match.'))
    .map((field) => ({ value: field.key, label: field.label }));

/**
 * What the chosen way of picking a rep needs: the rules of a territory table, the skills to
 * match, what to balance by, the window to judge conversion over, the named rep.
 */
export function StrategyDetails(props: {
  strategy: Strategy;
  setStrategy: SetStrategy;
  choices: InspectorChoices;
}) {
  const { strategy, setStrategy, choices } = props;
  switch (strategy.type) {
    case 'round_robin':
      return (
        <Select
          label="When it is an away rep's turn"
          data={[
            { value: 'skip', label: 'Skip them' },
            { value: 'hold_place', label: 'Hold their place until they are back' },
          ]}
          value={String(strategy.onUnavailable ?? 'skip')}
          onChange={(onUnavailable) => setStrategy({ onUnavailable })}
          allowDeselect={false}
        />
      );
    case 'load_balanced':
      return (
        <Group grow align="flex-start">
          <Select
            label="Balance"
            data={[
              { value: 'open_leads', label: 'Open leads' },
              ...fieldsOfType(choices, 'number').map((f) => ({ ...f, label: `Total ${f.label}` })),
            ]}
            value={String(strategy.by ?? 'open_leads')}
            onChange={(by) =>
              setStrategy({ by: by === 'open_leads' ? undefined : (by ?? undefined) })
            }
            allowDeselect={false}
          />
          <Select
            label="Over"
            data={[
              { value: 'day', label: 'Today' },
              { value: 'week', label: 'This week' },
              { value: 'month', label: 'This month' },
            ]}
            value={String(strategy.window ?? 'day')}
            onChange={(window) => setStrategy({ window })}
            allowDeselect={false}
          />
        </Group>
      );
    case 'top_performer':
      return (
        <Group grow align="flex-start">
          <NumberInput
            label="Conversion over the last (days)"
            min={1}
            max={365}
            value={typeof strategy.windowDays === 'number' ? strategy.windowDays : 30}
            onChange={(v) => setStrategy({ windowDays: optionalNumber(v) })}
          />
          <NumberInput
            label="Judged after (leads)"
            description="Reps with fewer leads count as average."
            min={0}
            value={typeof strategy.minLeads === 'number' ? strategy.minLeads : ''}
            onChange={(v) => setStrategy({ minLeads: optionalNumber(v) })}
          />
        </Group>
      );
    case 'territory':
      return <TerritoryRules strategy={strategy} setStrategy={setStrategy} choices={choices} />;
    case 'skills':
      return <SkillRequirements strategy={strategy} setStrategy={setStrategy} choices={choices} />;
    case 'named_rep':
      return (
        <Select
          label="Rep"
          data={choices.reps}
          value={typeof strategy.repId === 'string' ? strategy.repId : null}
          onChange={(repId) => setStrategy({ repId })}
          searchable
        />
      );
    case 'match_owner':
      return (
        <Select
          label="Owner found by"
          description="Empty: the nearest match step before this one."
          data={choices.matchNodes}
          value={typeof strategy.matchNode === 'string' ? strategy.matchNode : null}
          onChange={(matchNode) => setStrategy({ matchNode: matchNode ?? undefined })}
          clearable
        />
      );
    default:
      return null;
  }
}

function TerritoryRules(props: {
  strategy: Strategy;
  setStrategy: SetStrategy;
  choices: InspectorChoices;
}) {
  const countries = props.choices.catalogue.find((field) => field.key === 'country')?.values ?? [];
  return (
    <ItemList
      title="Territories (the most specific rule that fits wins)"
      items={itemsOf(props.strategy.rules)}
      onChange={(rules) => props.setStrategy({ rules })}
      addLabel="+ Territory"
      newItem={(items) => ({ id: nextItemId('territory', items), repId: '' })}
      render={(rule: Item, update) => (
        <>
          <Group grow align="flex-start">
            <Select
              label="Country"
              data={countries.map((c) => ({ value: c.value, label: c.label }))}
              value={typeof rule.country === 'string' ? rule.country : null}
              onChange={(country) => update({ country: country ?? undefined })}
              searchable
              clearable
            />
            <TextInput
              label="State or region"
              placeholder="CA"
              value={String(rule.state ?? '')}
              onChange={(e) => update({ state: optionalText(e.currentTarget.value) })}
            />
            <TextInput
              label="Postal code starts"
              placeholder="941"
              value={String(rule.postalPrefix ?? '')}
              onChange={(e) => update({ postalPrefix: optionalText(e.currentTarget.value) })}
            />
          </Group>
          <Select
            label="Goes to"
            data={props.choices.reps}
            value={typeof rule.repId === 'string' && rule.repId ? rule.repId : null}
            onChange={(repId) => update({ repId: repId ?? '' })}
            placeholder="Choose a rep"
            searchable
          />
        </>
      )}
    />
  );
}

function SkillRequirements(props: {
  strategy: Strategy;
  setStrategy: SetStrategy;
  choices: InspectorChoices;
}) {
  return (
    <ItemList
      title="Skills the rep must have"
      items={itemsOf(props.strategy.requirements)}
      onChange={(requirements) => props.setStrategy({ requirements })}
      addLabel="+ Skill"
      newItem={() => ({ field: 'language' })}
      render={(requirement: Item, update) => (
        <Group grow align="flex-start">
          <Select
            label="The lead's"
            data={fieldsOfType(props.choices, 'string')}
            value={typeof requirement.field === 'string' ? requirement.field : null}
            onChange={(field) => update({ field: field ?? '' })}
            searchable
            allowDeselect={false}
          />
          <TextInput
            label="is among the rep's skill"
            placeholder="same name"
            value={String(requirement.skill ?? '')}
            onChange={(e) => update({ skill: optionalText(e.currentTarget.value) })}
          />
        </Group>
      )}
    />
  );
}
