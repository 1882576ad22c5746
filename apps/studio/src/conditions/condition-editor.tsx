import { Alert, Button, JsonInput, Stack, Tabs, Text } from '@mantine/core';
// @mantine/dates is the plugin's peer, for date fields; the lead catalogue has none, so its
// stylesheet is not loaded.
import {
  MantineActionElement,
  type MantineActionProps,
  QueryBuilderMantine,
} from '@react-querybuilder/mantine';
import { checkLogic } from '@switchyard/logic';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type ActionProps, QueryBuilder, type RuleGroupType } from 'react-querybuilder';
import 'react-querybuilder/dist/query-builder.css';
import type { CatalogueField } from './field-catalogue';
import { queryToRule, ruleToQuery, toBuilderFields } from './query-conversion';

// Quiet buttons: the conditions are what the manager reads, not the controls around them.
// @react-querybuilder/mantine's latest (8.14) declares its props with react-querybuilder 8.14's
// types, ours are 8.24's: the same props at run time, two copies of the types, hence the cast.
const mantineProps = (props: ActionProps) => props as unknown as MantineActionProps;
const addAction = (props: ActionProps) => (
  <MantineActionElement {...mantineProps(props)} variant="light" size="compact-sm" />
);
const removeAction = (props: ActionProps) => (
  <MantineActionElement
    {...mantineProps(props)}
    variant="subtle"
    color="gray"
    size="compact-sm"
    aria-label={props.title}
  />
);
const controlElements = {
  addRuleAction: addAction,
  addGroupAction: addAction,
  removeRuleAction: removeAction,
  removeGroupAction: removeAction,
};

const combinators = [
  { name: 'and', value: 'and', label: 'all of' },
  { name: 'or', value: 'or', label: 'any of' },
];

/**
 * A condition, edited with the query builder over the flow's field catalogue, or as raw JSON
 * Logic on the "Advanced" tab (validated as it is typed). Both write the same rule.
 */
export function ConditionEditor(props: {
  label: string;
  rule: unknown;
  catalogue: readonly CatalogueField[];
  onChange: (rule: unknown) => void;
}) {
  const { rule, catalogue, onChange } = props;
  const fields = useMemo(() => toBuilderFields(catalogue), [catalogue]);
  const initial = useMemo(() => ruleToQuery(rule, catalogue), [rule, catalogue]);
  const [tab, setTab] = useState<string | null>(initial.exact ? 'builder' : 'advanced');
  const [query, setQuery] = useState<RuleGroupType>(initial.query);
  const [builderError, setBuilderError] = useState<string | null>(null);
  // The rule this editor last wrote: a different one came from elsewhere (undo, the JSON tab).
  const written = useRef(JSON.stringify(rule));
  useEffect(() => {
    if (JSON.stringify(rule) === written.current) return;
    written.current = JSON.stringify(rule);
    setQuery(initial.query);
  }, [rule, initial]);

  // Only a change the manager made is written, and only when it changes the rule: the builder
  // reports its query on mount and on no-op edits too (issue 20: viewing once rewrote a rule).
  const onQueryChange = (next: RuleGroupType) => {
    setQuery(next);
    try {
      const nextRule = queryToRule(
        next,
        catalogue,
        next.rules.length === 1 ? initial.form : 'bare',
      );
      setBuilderError(null);
      if (JSON.stringify(nextRule) === JSON.stringify(rule)) return;
      written.current = JSON.stringify(nextRule);
      onChange(nextRule);
    } catch (error) {
      setBuilderError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List aria-label={`${props.label}: how to edit`}>
        <Tabs.Tab value="builder">Conditions</Tabs.Tab>
        <Tabs.Tab value="advanced">Advanced (JSON Logic)</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="builder" pt="xs">
        <Stack gap="xs" aria-label={props.label}>
          {initial.exact ? (
            // Mantine's own inputs, so conditions look like the rest of the studio; the rows are
            // laid out on two lines to fit the inspector (studio.css, `.condition-builder`).
            <QueryBuilderMantine>
              <QueryBuilder
                fields={fields}
                query={query}
                onQueryChange={onQueryChange}
                enableMountQueryChange={false}
                combinators={combinators}
                controlElements={controlElements}
                controlClassnames={{ queryBuilder: 'condition-builder' }}
                translations={{
                  addRule: { label: '+ Condition', title: 'Add a condition' },
                  addGroup: { label: '+ Group', title: 'Add a group of conditions' },
                  removeRule: { label: '×', title: 'Remove this condition' },
                  removeGroup: { label: '×', title: 'Remove this group' },
                }}
              />
            </QueryBuilderMantine>
          ) : (
            <Alert color="yellow" p="xs" title="Shown on the Advanced tab only">
              <Text size="sm">
                This condition uses JSON Logic the condition builder cannot show exactly, so it is
                left as it is. Read or change it on the Advanced tab.
              </Text>
              <Button size="xs" variant="light" mt="xs" onClick={() => setTab('advanced')}>
                Open the Advanced tab
              </Button>
            </Alert>
          )}
          {builderError && (
            <Text c="red" size="sm" role="alert">
              {builderError}
            </Text>
          )}
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="advanced" pt="xs">
        <RawRuleEditor label={props.label} rule={rule} onChange={onChange} />
      </Tabs.Panel>
    </Tabs>
  );
}

/** The rule as JSON, applied only while it parses and passes our JSON Logic checks. */
function RawRuleEditor(props: { label: string; rule: unknown; onChange: (rule: unknown) => void }) {
  const [text, setText] = useState(() => JSON.stringify(props.rule ?? true, null, 2));
  const [error, setError] = useState<string | null>(null);
  return (
    <JsonInput
      label={`${props.label} as JSON Logic`}
      value={text}
      onChange={(next) => {
        setText(next);
        let parsed: unknown;
        try {
          parsed = JSON.parse(next);
        } catch {
          return setError('This is not valid JSON yet.');
        }
        const problems = checkLogic(parsed);
        if (problems.length > 0) return setError(problems[0]?.message ?? 'Not valid JSON Logic.');
        setError(null);
        props.onChange(parsed);
      }}
      error={error}
      autosize
      minRows={4}
      maxRows={16}
      formatOnBlur
      spellCheck={false}
    />
  );
}
