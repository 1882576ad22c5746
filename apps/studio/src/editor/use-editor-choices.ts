import type { FlowIssue } from '@switchyard/flow';
import { useMemo, useRef } from 'react';
import { fieldCatalogue } from '../conditions/field-catalogue';
import type { InspectorChoices } from '../inspector/inspector-props';
import type { EditorView } from './editor-context';
import type { DocNode, EditorGraph } from './flow-graph';
import { type TeamOption, teamChoices } from './team-choices';

type Named = { id: string; name: string };

/**
 * The steps' documents, the same array while none of them changed: dragging and selecting
 * replace canvas nodes but keep their documents, so what is derived from the documents (the
 * field catalogue, names, the node cards' context) is not rebuilt on every frame of a drag.
 */
export function useStepDocuments(graph: EditorGraph): readonly DocNode[] {
  const kept = useRef<readonly DocNode[]>([]);
  const next = graph.nodes.map((n) => n.data.doc);
  const same = next.length === kept.current.length && next.every((d, i) => d === kept.current[i]);
  if (!same) kept.current = next;
  return kept.current;
}

const stepsOfKind = (docs: readonly DocNode[], kind: string) =>
  docs.filter((d) => d.kind === kind).map((d) => ({ value: d.id, label: d.label || d.id }));

/** What the inspector offers and what the node cards read, derived from the flow and the org. */
export function useEditorChoices(input: {
  graph: EditorGraph;
  docs: readonly DocNode[];
  issues: readonly FlowIssue[];
  teams: readonly Named[];
  reps: readonly Named[];
  sources: ReadonlyArray<Named & { flowId: string | null; flowName: string | null }>;
  flow: { id: string; name: string; live: boolean };
}): { choices: InspectorChoices; view: EditorView; teamOptions: TeamOption[] } {
  const { docs, issues, teams, reps, sources, flow } = input;
  const { meta, teamMap } = input.graph;
  const teamOptions = useMemo(() => teamChoices({ meta, teamMap }, teams), [meta, teamMap, teams]);

  const choices = useMemo((): InspectorChoices => {
    const matchNodes = stepsOfKind(docs, 'match');
    const grades = docs.flatMap((d) =>
      d.kind === 'score' && Array.isArray(d.config.bands)
        ? (d.config.bands as Array<{ grade?: unknown }>).map((b) => String(b.grade ?? ''))
        : [],
    );
    return {
      catalogue: fieldCatalogue({
        customFields: meta.fields,
        matchNodes: matchNodes.map((m) => ({ id: m.value, label: m.label })),
        grades,
      }),
      teams: teamOptions.map(({ value, label }) => ({ value, label })),
      reps: reps.map((r) => ({ value: r.id, label: r.name })),
      pools: stepsOfKind(docs, 'pool'),
      matchNodes,
      sources: sources.map((s) => ({
        value: s.id,
        label: s.flowId && s.flowId !== flow.id ? `${s.name} (feeds ${s.flowName})` : s.name,
        name: s.name,
        flowId: s.flowId,
        flowName: s.flowName,
      })),
      flow,
    };
  }, [docs, meta.fields, teamOptions, reps, sources, flow]);

  const view = useMemo((): EditorView => {
    const issuesByNode = new Map<string, FlowIssue[]>();
    for (const issue of issues) {
      if (!issue.nodeId) continue;
      issuesByNode.set(issue.nodeId, [...(issuesByNode.get(issue.nodeId) ?? []), issue]);
    }
    const names = {
      field: new Map(choices.catalogue.map((f) => [f.key, f.label])),
      team: new Map(teamOptions.map((t) => [t.value, t.label])),
      rep: new Map(reps.map((r) => [r.id, r.name])),
      node: new Map(docs.map((d) => [d.id, d.label || d.id])),
    };
    const lookup = (map: ReadonlyMap<string, string>) => (key: string) => map.get(key) ?? key;
    return {
      issuesByNode,
      namer: {
        field: lookup(names.field),
        team: lookup(names.team),
        rep: lookup(names.rep),
        node: lookup(names.node),
      },
      path: null,
    };
  }, [issues, choices.catalogue, teamOptions, reps, docs]);

  return { choices, view, teamOptions };
}
