import { strategyLabels } from '@switchyard/engine';
import type { StrategyType } from '@switchyard/flow';
import { type FieldLabeler, ruleInWords } from '../conditions/rule-in-words';
import type { DocNode } from '../editor/flow-graph';

/** Names the studio shows for ids a node refers to. */
export type Namer = {
  field: FieldLabeler;
  /** A team placeholder key of the flow → the team's name. */
  team: (key: string) => string;
  rep: (id: string) => string;
  node: (id: string) => string;
};

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'object' && v !== null) : [];
const count = new Intl.NumberFormat('en-US');

/** What a node does, in one or two short lines, for its card on the canvas. */
export function nodeEssence(node: DocNode, name: Namer): string {
  const c = node.config;
  switch (node.kind) {
    case 'capture': {
      const sources = Array.isArray(c.sources) ? c.sources.length : 0;
      return sources === 0
        ? 'Leads from every connected form'
        : `Leads from ${sources} source${sources === 1 ? '' : 's'}`;
    }
    case 'qualify':
      return c.rule === undefined
        ? 'No rule yet'
        : `Passes when ${ruleInWords(c.rule, name.field)}`;
    case 'score': {
      const bands = list(c.bands)
        .map((b) => `${b.grade} ≥ ${b.min}`)
        .join(', ');
      const rules = list(c.rules).length;
      return `${rules} rule${rules === 1 ? '' : 's'} → ${bands || 'no grades'}`;
    }
    case 'branch':
      return 'First case that holds wins';
    case 'split':
      return 'Same person, same arm, always';
    case 'match':
      return `Same ${String(c.by ?? 'e-mail')} seen${typeof c.withinDays === 'number' ? ` within ${c.withinDays} days` : ' before'}`;
    case 'assign':
      return assignEssence(c, name);
    case 'pool': {
      const parts = [c.mode === 'blind' ? 'Blind pull' : 'Cherry-pick'];
      if (typeof c.team === 'string' && c.team) parts.push(name.team(c.team));
      if (typeof c.claimSlaMinutes === 'number')
        parts.push(`claim within ${c.claimSlaMinutes} min`);
      return parts.join(' · ');
    }
    case 'disqualify':
      return typeof c.reason === 'string' && c.reason ? c.reason : 'No reason given';
    default:
      return `Unknown kind "${node.kind}"`;
  }
}

function assignEssence(c: Record<string, unknown>, name: Namer): string {
  const strategy = (c.strategy ?? {}) as { type?: string; repId?: string };
  const type = strategy.type as StrategyType | undefined;
  const how = type && type in strategyLabels ? strategyLabels[type] : 'No strategy';
  const lines = [
    `${type === 'named_rep' && strategy.repId ? `Always ${name.rep(strategy.repId)}` : how} · ${
      typeof c.team === 'string' && c.team ? name.team(c.team) : 'no team'
    }`,
  ];
  const caps = [
    typeof c.dailyCap === 'number' ? `${count.format(c.dailyCap)}/day` : '',
    typeof c.openCap === 'number' ? `${count.format(c.openCap)} open` : '',
  ].filter(Boolean);
  if (caps.length > 0) lines.push(`Cap ${caps.join(', ')}`);
  const fallback = (c.fallback ?? {}) as { pool?: string; rep?: string };
  if (fallback.pool) lines.push(`Else → ${name.node(fallback.pool)}`);
  else if (fallback.rep) lines.push(`Else → ${name.rep(fallback.rep)}`);
  return lines.join('\n');
}

/** How an output handle reads beside the node: "Passes", "1,000+ staff", "A · 50%". */
export function outputLabel(node: DocNode, output: string): string {
  switch (node.kind) {
    case 'qualify':
      return output === 'pass' ? 'Passes' : 'Fails';
    case 'match':
      return output === 'matched' ? 'Known' : 'New';
    case 'branch': {
      if (output === 'else') return 'Else';
      const found = list(node.config.cases).find((c) => c.id === output);
      return String(found?.label || output);
    }
    case 'split': {
      const arm = list(node.config.arms).find((a) => a.id === output);
      return `${String(arm?.label || output)} · ${String(arm?.weight ?? '?')}%`;
    }
    default:
      return '';
  }
}
