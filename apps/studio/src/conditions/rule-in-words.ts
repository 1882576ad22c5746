/** How a condition names a field: its catalogue label, or the key itself. */
export type FieldLabeler = (key: string) => string;

type Rule = unknown;
const comparisons: Record<string, string> = {
  '==': 'is',
  '===': 'is',
  '!=': 'is not',
  '!==': 'is not',
  '>': '>',
  '>=': '≥',
  '<': '<',
  '<=': '≤',
};
const numberFormat = new Intl.NumberFormat('en-US');

const isObject = (rule: Rule): rule is Record<string, unknown> =>
  typeof rule === 'object' && rule !== null && !Array.isArray(rule);

/** The single operation of a JSON Logic node and its arguments as an array. */
function operation(rule: Rule): [string, unknown[]] | null {
  if (!isObject(rule)) return null;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return null;
  const op = keys[0] as string;
  const args = rule[op];
  return [op, Array.isArray(args) ? args : [args]];
}

function fieldOf(rule: Rule): string | null {
  const op = operation(rule);
  if (op?.[0] !== 'var') return null;
  const path = op[1][0];
  return typeof path === 'string' ? path : null;
}

function valueText(value: unknown): string {
  if (typeof value === 'number') return numberFormat.format(value);
  // A value left empty in the builder: the condition is unfinished, not "is empty" (issue 20).
  if (typeof value === 'string') return value === '' ? '(no value yet)' : value;
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (value === null) return 'empty';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const field = fieldOf(value);
  return field ?? JSON.stringify(value);
}

/**
 * A JSON Logic condition as a sentence a sales manager reads on the canvas: "Employees ≥ 1,000
 * and Country is US". Anything without words falls back to compact JSON.
 */
export function ruleInWords(rule: Rule, label: FieldLabeler, nested = false): string {
  if (rule === true) return 'always';
  if (rule === false) return 'never';
  const op = operation(rule);
  if (!op) return JSON.stringify(rule);
  const [name, args] = op;
  const words = (r: Rule) => ruleInWords(r, label, true);
  switch (name) {
    case 'and':
    case 'or': {
      const text = args.map(words).join(` ${name} `);
      return nested && args.length > 1 ? `(${text})` : text;
    }
    case '!': {
      const field = fieldOf(args[0]);
      if (field) return `${label(field)} is not set`;
      const inside = operation(args[0]);
      // "E-mail domain is not one of …", not "not E-mail domain is one of …" (issue 20).
      const negated = inside?.[0] === 'in' ? inWords(inside[1], label, true) : null;
      return negated ?? `not ${words(args[0])}`;
    }
    case '!!': {
      const field = fieldOf(args[0]);
      return field ? `${label(field)} is set` : words(args[0]);
    }
    case 'var':
      return `${label(String(args[0]))} is yes`;
    case 'in':
      return inWords(args, label) ?? JSON.stringify(rule);
  }
  if (name in comparisons) {
    // `{"<=": [a, {var}, b]}` is JSON Logic's "between".
    if (args.length === 3 && (name === '<=' || name === '<')) {
      const field = fieldOf(args[1]);
      if (field) return `${label(field)} between ${valueText(args[0])} and ${valueText(args[2])}`;
    }
    const [left, right] = args;
    const leftField = fieldOf(left);
    if (leftField) return `${label(leftField)} ${comparisons[name]} ${valueText(right)}`;
    const rightField = fieldOf(right);
    if (rightField) return `${valueText(left)} ${comparisons[name]} ${label(rightField)}`;
  }
  return JSON.stringify(rule);
}

/** `in` in words: "Country is one of US, CA", "company contains …"; negated: "is not …". */
function inWords(args: unknown[], label: FieldLabeler, negated = false): string | null {
  const [needle, haystack] = args;
  const is = negated ? 'is not' : 'is';
  const needleField = fieldOf(needle);
  if (needleField && Array.isArray(haystack)) {
    return haystack.length === 1
      ? `${label(needleField)} ${is} ${valueText(haystack[0])}`
      : `${label(needleField)} ${is} one of ${valueText(haystack)}`;
  }
  const haystackField = fieldOf(haystack);
  if (haystackField && typeof needle === 'string') {
    return `${label(haystackField)} ${negated ? 'does not contain' : 'contains'} "${needle}"`;
  }
  return null;
}
