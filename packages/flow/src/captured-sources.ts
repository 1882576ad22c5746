/**
 * The source ids a flow's capture step names, from a raw document (a draft may have errors
 * elsewhere); empty when it names none, which means every source of the organisation.
 */
export function capturedSources(document: unknown): string[] {
  const nodes = (document as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return [];
  const capture = nodes.find((node) => (node as { kind?: unknown } | null)?.kind === 'capture') as
    | { config?: { sources?: unknown } }
    | undefined;
  const sources = capture?.config?.sources;
  return Array.isArray(sources) ? sources.filter((s): s is string => typeof s === 'string') : [];
}
