import type { EditorGraph } from './flow-graph';

type OrgTeam = { id: string; name: string };

/** A team a step can pick, by the placeholder key the flow uses for it; null: not mapped yet. */
export type TeamOption = { value: string; label: string; teamId: string | null };

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 48) || 'team';

/**
 * The teams a step can pick. A flow names teams by placeholder keys (so it travels as a
 * template) and maps each to a real team: the picker offers real teams by the key that maps to
 * them (a new key when none does yet), plus any placeholder not mapped yet.
 */
export function teamChoices(
  graph: Pick<EditorGraph, 'meta' | 'teamMap'>,
  orgTeams: readonly OrgTeam[],
): TeamOption[] {
  const keyOfTeam = new Map(Object.entries(graph.teamMap).map(([key, id]) => [id, key]));
  const placeholders = graph.meta.teams ?? [];
  const taken = new Set(placeholders.map((p) => p.key));
  const options = orgTeams.map((team) => {
    let key = keyOfTeam.get(team.id);
    if (!key) {
      key = slug(team.name);
      for (let n = 2; taken.has(key); n++) key = `${slug(team.name)}_${n}`;
      taken.add(key);
    }
    return { value: key, label: team.name, teamId: team.id };
  });
  const unmapped = placeholders
    .filter((p) => !(p.key in graph.teamMap))
    .map((p) => ({
      value: p.key,
      label: `${p.label || p.key} (not mapped to a team)`,
      teamId: null,
    }));
  return [...options, ...unmapped];
}

/** The graph with `key` declared as a team placeholder and mapped to `teamId`. */
export function withTeam(
  graph: EditorGraph,
  key: string,
  teamId: string,
  label: string,
): EditorGraph {
  const placeholders = graph.meta.teams ?? [];
  const declared = placeholders.some((p) => p.key === key);
  if (declared && graph.teamMap[key] === teamId) return graph;
  return {
    ...graph,
    meta: { ...graph.meta, teams: declared ? placeholders : [...placeholders, { key, label }] },
    teamMap: { ...graph.teamMap, [key]: teamId },
  };
}
