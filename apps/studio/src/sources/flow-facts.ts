/** What the sources page needs from a flow's draft: its custom fields and each node's label. */
export type FlowFacts = {
  customFields: Array<{ key: string; label?: string }>;
  nodeLabels: Map<string, string>;
};

/** Reads a draft defensively: it is saved JSON and may be half-built. */
export function flowFacts(draft: unknown): FlowFacts {
  const doc = (typeof draft === 'object' && draft !== null ? draft : {}) as {
    fields?: unknown;
    nodes?: unknown;
  };
  const fields = Array.isArray(doc.fields) ? doc.fields : [];
  const nodes = Array.isArray(doc.nodes) ? doc.nodes : [];
  return {
    customFields: fields.flatMap((field: { key?: unknown; label?: unknown }) =>
      typeof field?.key === 'string' && field.key.startsWith('custom.')
        ? [{ key: field.key, ...(typeof field.label === 'string' ? { label: field.label } : {}) }]
        : [],
    ),
    nodeLabels: new Map(
      nodes.flatMap((node: { id?: unknown; label?: unknown }) =>
        typeof node?.id === 'string'
          ? [[node.id, typeof node.label === 'string' && node.label ? node.label : node.id]]
          : [],
      ),
    ),
  };
}
