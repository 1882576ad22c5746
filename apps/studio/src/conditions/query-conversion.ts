import { checkLogic } from '@switchyard/logic';
import {
  type Field,
  prepareRuleGroup,
  type RuleGroupType,
  type RuleProcessor,
  type RuleType,
} from 'react-querybuilder';
import { defaultRuleProcessorJsonLogic, formatQuery } from 'react-querybuilder/formatQuery';
import { parseJsonLogic } from 'react-querybuilder/parseJsonLogic';
import type { CatalogueField } from './field-catalogue';

// Only operators whose JSON Logic export is standard (no startsWith/endsWith, which
// react-querybuilder writes as custom operations json-logic-js does not have).
const stringOperators = [
  '=',
  '!=',
  'contains',
  'doesNotContain',
  'in',
  'notIn',
  'null',
  'notNull',
  'falsy',
  'truthy',
];
const pickedOperators = ['=', '!=', 'in', 'notIn', 'null', 'notNull', 'falsy', 'truthy'];
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
  'falsy',
  'truthy',
];
const booleanOperators = ['=', 'falsy', 'truthy'];

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
  null: 'is missing',
  notNull: 'is present',
};
// `{"!": {"var": f}}` and `{"!!": {"var": f}}`: JSON Logic's own "not"/"yes" of a field, which
// react-querybuilder has no operator for (it drops them, and a rule read back loses them).
const truthinessLabels: Record<CatalogueField['type'], { falsy: string; truthy: string }> = {
  boolean: { falsy: 'is no', truthy: 'is yes' },
  number: { falsy: 'is 0 or not set', truthy: 'is set and not 0' },
  string: { falsy: 'is not set', truthy: 'is set' },
};
const ops = (names: string[], type: CatalogueField['type']) =>
  names.map((name) => {
    const truthiness = truthinessLabels[type][name as 'falsy' | 'truthy'];
    return truthiness
      ? { name, value: name, label: truthiness, arity: 'unary' as const }
      : { name, value: name, label: operatorLabels[name] ?? name };
  });

/** The catalogue as react-querybuilder fields: typed operators and value pickers per type. */
export function toBuilderFields(catalogue: readonly CatalogueField[]): Field[] {
  return catalogue.map((f): Field => {
    const base = { name: f.key, value: f.key, label: f.label };
    if (f.type === 'number')
      return { ...base, inputType: 'number', operators: ops(numberOperators, 'number') };
    if (f.type === 'boolean') {
      return {
        ...base,
        operators: ops(booleanOperators, 'boolean'),
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
        operators: ops(pickedOperators, 'string'),
        valueEditorType: (operator: string) =>
          operator === 'in' || operator === 'notIn' ? 'multiselect' : 'select',
        values,
        defaultValue: values[0]?.value ?? '',
      };
    }
    return { ...base, operators: ops(stringOperators, 'string') };
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

const marks = { '!': 'switchyard_falsy', '!!': 'switchyard_truthy' } as const;

/** `{"!": {"var": f}}` and `{"!!": {"var": f}}` as placeholders the parser hands to us. */
function markTruthiness(rule: unknown): unknown {
  if (Array.isArray(rule)) return rule.map(markTruthiness);
  if (!isObject(rule) || Object.keys(rule).length !== 1) return rule;
  const [op = ''] = Object.keys(rule);
  const arg = rule[op];
  const mark = marks[op as keyof typeof marks];
  if (mark && isObject(arg) && Object.keys(arg).length === 1 && typeof arg.var === 'string')
    return { [mark]: arg.var };
  return { [op]: markTruthiness(arg) };
}

const truthinessRule =
  (operator: 'falsy' | 'truthy', catalogue: readonly CatalogueField[]) =>
  (field: unknown): RuleType | false =>
    catalogue.some((f) => f.key === field) ? { field: String(field), operator, value: '' } : false;

const toJsonLogic: RuleProcessor = (rule, options) => {
  if (rule.operator === 'falsy') return { '!': { var: rule.field } };
  if (rule.operator === 'truthy') return { '!!': { var: rule.field } };
  return defaultRuleProcessorJsonLogic(rule, options);
};

/** How a rule of one condition is written: alone, or as an "all of" of one. */
export type RuleForm = 'bare' | 'group';

/**
 * The builder's query as standard JSON Logic with typed values; an empty query is `true`
 * (always holds). Refuses what our whitelist refuses, so the builder can never emit `xor`.
 */
export function queryToRule(
  query: RuleGroupType,
  catalogue: readonly CatalogueField[],
  form: RuleForm = 'bare',
): unknown {
  const exported = formatQuery(query, { format: 'jsonlogic', ruleProcessor: toJsonLogic });
  if (exported === false) return true;
  const typed = typeValues(exported, new Map(catalogue.map((f) => [f.key, f.type])));
  const rule = form === 'bare' ? unwrap(typed) : typed;
  const problems = checkLogic(rule);
  if (problems.length > 0) throw new Error(problems[0]?.message ?? 'The condition is not valid.');
  return rule;
}

/**
 * A JSON Logic rule in the builder. `exact` holds only when the builder writes back exactly this
 * rule (in `form`); otherwise the builder must not touch it, and the Advanced tab is the place
 * to change it. The query is prepared (ids and all) as the builder itself would hold it.
 */
export function ruleToQuery(
  rule: unknown,
  catalogue: readonly CatalogueField[],
): { query: RuleGroupType; exact: boolean; form: RuleForm } {
  if (rule === true) return { query: prepareRuleGroup(emptyQuery), exact: true, form: 'bare' };
  const fields = toBuilderFields(catalogue);
  const parsed = parseJsonLogic(markTruthiness(rule) as never, {
    fields: fields as never,
    jsonLogicOperations: {
      [marks['!']]: truthinessRule('falsy', catalogue),
      [marks['!!']]: truthinessRule('truthy', catalogue),
    },
  });
  const query = prepareRuleGroup(parsed);
  const wanted = JSON.stringify(rule);
  for (const form of ['bare', 'group'] as const) {
    try {
      if (JSON.stringify(queryToRule(query, catalogue, form)) === wanted)
        return { query, exact: true, form };
    } catch {
      // Not writable in this form: try the other, else the rule is not the builder's.
    }
  }
  return { query, exact: false, form: 'bare' };
}

const emptyQuery: RuleGroupType = { combinator: 'and', rules: [] };
