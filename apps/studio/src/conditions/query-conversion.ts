import { checkLogic } from '@switchyard/logic';
import type { Field, RuleGroupType } from 'react-querybuilder';
import { formatQuery } from 'react-querybuilder/formatQuery';
import { parseJsonLogic } from 'react-querybuilder/parseJsonLogic';
import type { CatalogueField } from './field-catalogue';

// Only operators whose JSON Logic export is standard (no startsWith/endsWith, which
// react-querybuilder writes as custom operations json-logic-js does not have).
const stringOperators = ['=', '!=', 'contains', 'doesNotContain', 'in', 'notIn', 'null', 'notNull'];
const pickedOperators = ['=', '!=', 'in', 'notIn', 'null', 'notNull'];
const numberOperators = [
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'between',
  'notBetween',
  'null',
  'notNull',
];
const booleanOperators = ['='];

const operatorLabels: Record<string, string> = {
  '=': 'is',
  '!=': 'is not',
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  contains: 'contains',
  doesNotContain: 'does not contain',
  in: 'is one of',
  notIn: 'is not one of',
  between: 'is between',
  notBetween: 'is not between',
  null: 'is empty',
  notNull: 'is set',
};
const ops = (names: string[]) =>
  names.map((name) => ({ name, value: name, label: operatorLabels[name] ?? name }));

/** The catalogue as react-querybuilder fields: typed operators and value pickers per type. */
export function toBuilderFields(catalogue: readonly CatalogueField[]): Field[] {
  return catalogue.map((f): Field => {
    const base = { name: f.key, value: f.key, label: f.label };
    if (f.type === 'number')
      return { ...base, inputType: 'number', operators: ops(numberOperators) };
    if (f.type === 'boolean') {
      return {
        ...base,
        operators: ops(booleanOperators),
        valueEditorType: 'select',
        values: [
          { name: 'true', value: 'true', label: 'yes' },
          { name: 'false', value: 'false', label: 'no' },
        ],
        defaultValue: 'true',
      };
    }
    if (f.values) {
      const values = f.values.map((v) => ({ name: v.value, value: v.value, label: v.label }));
      return {
        ...base,
        operators: ops(pickedOperators),
        valueEditorType: (operator: string) =>
          operator === 'in' || operator === 'notIn' ? 'multiselect' : 'select',
        values,
        defaultValue: values[0]?.value ?? '',
      };
    }
    return { ...base, operators: ops(stringOperators) };
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Numbers and booleans typed by the field they are compared with (the builder keeps strings). */
function typeValues(rule: unknown, types: ReadonlyMap<string, CatalogueField['type']>): unknown {
  if (Array.isArray(rule)) return rule.map((r) => typeValues(r, types));
  if (!isObject(rule)) return rule;
  const [op] = Object.keys(rule);
  if (op === undefined || op === 'var') return rule;
  const args = rule[op];
  if (!Array.isArray(args)) return { [op]: typeValues(args, types) };
  const field = args
    .map((a) => (isObject(a) && typeof a.var === 'string' ? a.var : null))
    .find(Boolean);
  const type = field ? types.get(field) : undefined;
  const typed = args.map((a) => {
    if (isObject(a)) return typeValues(a, types);
    return coerce(a, type);
  });
  return { [op]: typed };
}

function coerce(value: unknown, type: CatalogueField['type'] | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => coerce(v, type));
  if (typeof value !== 'string') return value;
  if (type === 'number' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** One condition alone rather than an "and" of one. */
function unwrap(rule: unknown): unknown {
  if (isObject(rule)) {
    const args = rule.and ?? rule.or;
    if (Array.isArray(args) && args.length === 1 && Object.keys(rule).length === 1)
      return unwrap(args[0]);
  }
  return rule;
}

/**
 * The builder's query as standard JSON Logic with typed values; an empty query is `true`
 * (always holds). Refuses what our whitelist refuses, so the builder can never emit `xor`.
 */
export function queryToRule(query: RuleGroupType, catalogue: readonly CatalogueField[]): unknown {
  const exported = formatQuery(query, { format: 'jsonlogic' });
  if (exported === false) return true;
  const rule = unwrap(typeValues(exported, new Map(catalogue.map((f) => [f.key, f.type]))));
  const problems = checkLogic(rule);
  if (problems.length > 0) throw new Error(problems[0]?.message ?? 'The condition is not valid.');
  return rule;
}

/**
 * A JSON Logic rule in the builder; `exact` is false when the builder cannot show it as it is
 * (then the raw JSON editor is the place to change it).
 */
export function ruleToQuery(
  rule: unknown,
  catalogue: readonly CatalogueField[],
): { query: RuleGroupType; exact: boolean } {
  const fields = toBuilderFields(catalogue);
  if (rule === true || rule === undefined)
    return { query: { combinator: 'and', rules: [] }, exact: true };
  const query = parseJsonLogic(rule as never, { fields: fields as never });
  let exact = false;
  try {
    exact = JSON.stringify(queryToRule(query, catalogue)) === JSON.stringify(unwrap(rule));
  } catch {
    exact = false;
  }
  return { query, exact };
}
