/** One place a flow document names a rep by id, with the JSON path to it. */
export type RepReference = {
  repId: string;
  nodeId: string;
  nodeLabel: string | undefined;
  path: (string | number)[];
};

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;

// Reads the raw document, not the parsed one, so a draft with schema errors elsewhere still gets
// its rep ids checked.
function referencesOf(
  node: Json,
  index: number,
): Array<Omit<RepReference, 'nodeId' | 'nodeLabel'>> {
  const config = asObject(node.config);
  const found: Array<{ repId: unknown; path: (string | number)[] }> = [];
  const at = (...rest: (string | number)[]) => ['nodes', index, 'config', ...rest];
  const strategy = asObject(config?.strategy);
  if (strategy?.type === 'named_rep')
    found.push({ repId: strategy.repId, path: at('strategy', 'repId') });
  if (strategy?.type === 'territory' && Array.isArray(strategy.rules)) {
    strategy.rules.forEach((rule, j) => {
      found.push({ repId: asObject(rule)?.repId, path: at('strategy', 'rules', j, 'repId') });
    });
  }
  // An assign node's fallback and a pool's claim-SLA escalation may name a rep.
  found.push({ repId: asObject(config?.fallback)?.rep, path: at('fallback', 'rep') });
  found.push({ repId: asObject(config?.escalateTo)?.rep, path: at('escalateTo', 'rep') });
  return found.filter(
    (ref): ref is { repId: string; path: (string | number)[] } =>
      typeof ref.repId === 'string' && ref.repId !== '',
  );
}

/** Every rep id a flow document names: territory rules, named reps, fallbacks, escalations. */
export function repReferences(document: unknown): RepReference[] {
  const nodes = asObject(document)?.nodes;
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((raw, index) => {
    const node = asObject(raw);
    if (!node || typeof node.id !== 'string') return [];
    const nodeLabel = typeof node.label === 'string' ? node.label : undefined;
    return referencesOf(node, index).map((ref) => ({
      ...ref,
      nodeId: node.id as string,
      nodeLabel,
    }));
  });
}

/** The distinct rep ids a flow document names, in order of first mention. */
export function repIdsOf(document: unknown): string[] {
  return [...new Set(repReferences(document).map((ref) => ref.repId))];
}
