import type { CatalogueField } from '../conditions/field-catalogue';
import type { DocNode } from '../editor/flow-graph';

/** What every kind's form gets: its node, a way to change its config, and the choices. */
export type KindFormProps = {
  node: DocNode;
  setConfig: (change: (config: Record<string, unknown>) => Record<string, unknown>) => void;
  choices: InspectorChoices;
};

export type InspectorChoices = {
  catalogue: readonly CatalogueField[];
  /** Teams to pick: the flow's placeholder key and the name shown. */
  teams: ReadonlyArray<{ value: string; label: string }>;
  reps: ReadonlyArray<{ value: string; label: string }>;
  /** Pool steps of this flow, for an assign step's fallback. */
  pools: ReadonlyArray<{ value: string; label: string }>;
  matchNodes: ReadonlyArray<{ value: string; label: string }>;
  /** The organisation's sources, with the flow each feeds (null: none). */
  sources: ReadonlyArray<{
    value: string;
    /** The name, with the flow it feeds when that is another flow. */
    label: string;
    name: string;
    flowId: string | null;
    flowName: string | null;
  }>;
  /** The flow being edited: a capture step may move a source to it. */
  flow?: { id: string; name: string; live: boolean };
};

/** A list item of a config (`cases`, `arms`, `rules`, `bands`), read loosely. */
export type Item = Record<string, unknown>;
export const itemsOf = (value: unknown): Item[] =>
  Array.isArray(value) ? value.filter((v): v is Item => typeof v === 'object' && v !== null) : [];

/** A fresh item id like `case-3` not used in the list. */
export function nextItemId(prefix: string, items: Item[]): string {
  const taken = new Set(items.map((i) => i.id));
  for (let n = items.length + 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** A number input's value for an optional setting: empty leaves the setting out. */
export const optionalNumber = (value: string | number) =>
  value === '' ? undefined : Number(value);
