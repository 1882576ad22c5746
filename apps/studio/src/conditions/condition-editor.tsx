import { Alert, Button, JsonInput, Stack, Tabs, Text } from '@mantine/core';
import { checkLogic } from '@switchyard/logic';
import { useEffect, useMemo, useRef, useState } from 'react';
import { QueryBuilder, type RuleGroupType } from 'react-querybuilder';
import 'react-querybuilder/dist/query-builder.css';
import type { CatalogueField } from './field-catalogue';
import { queryToRule, ruleToQuery, toBuilderFields } from './query-conversion';

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
            <QueryBuilder
              fields={fields}
              query={query}
              onQueryChange={onQueryChange}
              enableMountQueryChange={false}
              combinators={combinators}
              translations={{
                addRule: { label: '+ Condition', title: 'Add a condition' },
                addGroup: { label: '+ Group', title: 'Add a group of conditions' },
                removeRule: { label: '×', title: 'Remove this condition' },
                removeGroup: { label: '×', title: 'Remove this group' },
              }}
            />
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
