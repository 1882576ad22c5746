import { strategyLabels } from '@switchyard/engine';
import { type Flow, repIdsOf, type TeamPlaceholder } from '@switchyard/flow';

/** One step of a template's preview: what kind it is and what the template calls it. */
export type TemplateStep = { id: string; kind: Flow['nodes'][number]['kind']; label: string };

/** What a consultant reads on a template's card before using it. */
export type TemplateSummary = {
  name: string;
  description: string;
  nodeCount: number;
  /** Team placeholders, each mapped to a real team on import. */
  teams: Array<{ key: string; label: string }>;
  /** Rep ids the template names (`rep_…` placeholders), each replaceable on import. */
  repPlaceholders: string[];
  /** Distribution in words: strategies of the assign steps, then the pool modes. */
  strategies: string[];
  /** Every step from capture outwards, breadth first, so the preview reads left to right. */
  steps: TemplateStep[];
};

const poolModeLabels = { cherry_pick: 'Cherry-pick pool', blind: 'Blind pool' } as const;

/** A placeholder's label for people: its label, or its key when it has none. */
export function placeholderLabel(team: TeamPlaceholder): string {
  return team.label?.trim() || team.key;
}

function strategiesOf(flow: Flow): string[] {
  const names = flow.nodes.flatMap((node) => {
    if (node.kind === 'assign') return [strategyLabels[node.config.strategy.type]];
    if (node.kind === 'pool') return [poolModeLabels[node.config.mode]];
    return [];
  });
  return [...new Set(names)];
}

function stepsInOrder(flow: Flow): TemplateStep[] {
  const byId = new Map(flow.nodes.map((node) => [node.id, node]));
  const start = flow.nodes.find((node) => node.kind === 'capture');
  const order: string[] = start ? [start.id] : [];
  for (let i = 0; i < order.length; i++) {
    for (const edge of flow.edges) {
      if (edge.source === order[i] && !order.includes(edge.target) && byId.has(edge.target)) {
        order.push(edge.target);
      }
    }
  }
  // Steps nothing reaches still belong to the template: they close the list.
  for (const node of flow.nodes) if (!order.includes(node.id)) order.push(node.id);
  return order.flatMap((id) => {
    const node = byId.get(id);
    return node ? [{ id, kind: node.kind, label: node.label?.trim() || id }] : [];
  });
}

/** The card's facts about a parsed flow document. */
export function summariseTemplate(flow: Flow): TemplateSummary {
  return {
    name: flow.name,
    description: flow.description ?? '',
    nodeCount: flow.nodes.length,
    teams: (flow.teams ?? []).map((team) => ({ key: team.key, label: placeholderLabel(team) })),
    repPlaceholders: repIdsOf(flow),
    strategies: strategiesOf(flow),
    steps: stepsInOrder(flow),
  };
}
