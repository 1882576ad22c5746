import { type FieldLabeler, ruleInWords } from '../conditions/rule-in-words';
import { isSameValue } from './same-value';

// Score rules, branch cases and split arms are lists of items with an id and a label: each
// compares the same way, by id, so a renamed case reads "renamed", not "removed and added".

type Item = Record<string, unknown> & { id: string };

const itemsOf = (value: unknown): Item[] =>
  Array.isArray(value)
    ? value.filter(
        (item): item is Item =>
          typeof item === 'object' && item !== null && typeof item.id === 'string',
      )
    : [];

/** An item's name for a sentence: its label, else its id. */
export const itemName = (item: Record<string, unknown>) =>
  `'${typeof item.label === 'string' && item.label !== '' ? item.label : String(item.id)}'`;

/**
 * What changed in a list of items, in words: `noun 'X' added`, `removed`, renamed, each detail
 * `describe` finds for an item in both, and "reordered" when only the order moved.
 */
export function itemChanges(
  before: unknown,
  after: unknown,
  options: {
    noun: string;
    /** Details of one item present in both, e.g. "points 20 → 30"; label and id excluded. */
    describe: (was: Item, now: Item) => string[];
  },
): string[] {
  const was = itemsOf(before);
  const now = itemsOf(after);
  const wasById = new Map(was.map((item) => [item.id, item]));
  const nowIds = new Set(now.map((item) => item.id));
  const sentences: string[] = [];
  for (const item of now) {
    const old = wasById.get(item.id);
    if (!old) {
      sentences.push(`${options.noun} ${itemName(item)} added`);
      continue;
    }
    if (!isSameValue(old.label, item.label)) {
      sentences.push(`${options.noun} ${itemName(old)} renamed ${itemName(item)}`);
    }
    const details = options.describe(old, item);
    for (const detail of details) sentences.push(`${options.noun} ${itemName(item)} ${detail}`);
  }
  for (const item of was) {
    if (!nowIds.has(item.id)) sentences.push(`${options.noun} ${itemName(item)} removed`);
  }
  const kept = (list: Item[], ids: Set<string>) =>
    list.filter((i) => ids.has(i.id)).map((i) => i.id);
  const order = kept(was, nowIds);
  const newOrder = kept(now, new Set(wasById.keys()));
  if (!isSameValue(order, newOrder)) sentences.push(`${options.noun}s reordered`);
  return sentences;
}

/**
 * An item's condition, old → new in words, when it differs; used by rules and cases alike
 * (issue 20: "condition changed" said nothing of what it became).
 */
export const conditionChange = (was: Item, now: Item, field: FieldLabeler = (key) => key) =>
  isSameValue(was.when, now.when) ? [] : [ruleChange('condition', was.when, now.when, field)];

/** `what “old words” → “new words”`, e.g. `condition “Employees ≥ 10” → “Employees ≥ 50”`. */
export function ruleChange(what: string, was: unknown, now: unknown, field: FieldLabeler): string {
  return `${what} “${ruleInWords(was, field)}” → “${ruleInWords(now, field)}”`;
}
