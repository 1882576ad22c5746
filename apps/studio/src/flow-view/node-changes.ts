import { strategyLabels } from '@switchyard/engine';
import type { DocNode } from '../editor/flow-graph';
import { lookOf } from '../nodes/kind-looks';
import { conditionChange, itemChanges, ruleChange } from './item-changes';
import { isSameValue } from './same-value';

/** Names for ids a step refers to: team placeholders, steps, reps. */
export type ChangeNames = {
  /** A lead field's label, for conditions in words. */
  field: (key: string) => string;
  team: (key: string) => string;
  node: (id: string) => string;
  rep: (id: string) => string;
};

type Config = Record<string, unknown>;
/** Sentences for the config keys it covers; keys no describer covers get a generic sentence. */
type Describer = { keys: string[]; describe: (was: Config, now: Config) => string[] };

const none = 'none';
const text = (value: unknown): string =>
  value === undefined || value === null || value === '' ? none : String(value);
const strategyName = (type: unknown) =>
  typeof type === 'string' && Object.hasOwn(strategyLabels, type)
    ? strategyLabels[type as keyof typeof strategyLabels].toLowerCase()
    : text(type);
const poolModes: Record<string, string> = { cherry_pick: 'cherry-pick', blind: 'blind pull' };
const bandsText = (bands: unknown) =>
  Array.isArray(bands) && bands.length > 0
    ? bands.map((b: Config) => `${text(b?.grade)} ≥ ${text(b?.min)}`).join(', ')
    : none;

/** "what from → to" when a value changed, nothing otherwise. */
function changed(what: string, was: unknown, now: unknown, show: (v: unknown) => string = text) {
  return isSameValue(was, now) ? [] : [`${what} ${show(was)} → ${show(now)}`];
}

function fallbackText(value: unknown, names: ChangeNames): string {
  const fallback = (value ?? {}) as { pool?: unknown; rep?: unknown };
  if (typeof fallback.pool === 'string' && fallback.pool) return names.node(fallback.pool);
  if (typeof fallback.rep === 'string' && fallback.rep) return names.rep(fallback.rep);
  return none;
}

function describers(kind: string, names: ChangeNames): Describer[] {
  const team = (v: unknown) => (typeof v === 'string' && v ? names.team(v) : none);
  switch (kind) {
    case 'qualify':
      return [
        {
          keys: ['rule'],
          describe: (w, n) =>
            isSameValue(w.rule, n.rule)
              ? []
              : [ruleChange('condition', w.rule, n.rule, names.field)],
        },
      ];
    case 'score':
      return [
        {
          keys: ['rules'],
          describe: (w, n) =>
            itemChanges(w.rules, n.rules, {
              noun: 'rule',
              describe: (a, b) => [
                ...conditionChange(a, b, names.field),
                ...changed('points', a.points, b.points),
              ],
            }),
        },
        { keys: ['bands'], describe: (w, n) => changed('grades', w.bands, n.bands, bandsText) },
      ];
    case 'branch':
      return [
        {
          keys: ['cases'],
          describe: (w, n) =>
            itemChanges(w.cases, n.cases, {
              noun: 'case',
              describe: (a, b) => conditionChange(a, b, names.field),
            }),
        },
      ];
    case 'split':
      return [
        {
          keys: ['arms'],
          describe: (w, n) =>
            itemChanges(w.arms, n.arms, {
              noun: 'arm',
              describe: (a, b) => changed('weight', a.weight, b.weight, (v) => `${text(v)}%`),
            }),
        },
      ];
    case 'match':
      return [
        { keys: ['by'], describe: (w, n) => changed('matches by', w.by, n.by) },
        {
          keys: ['withinDays'],
          describe: (w, n) => changed('window (days)', w.withinDays, n.withinDays),
        },
      ];
    case 'assign':
      return [
        { keys: ['team'], describe: (w, n) => changed('team', w.team, n.team, team) },
        {
          keys: ['strategy'],
          describe: (w, n) => {
            const was = (w.strategy ?? {}) as Config;
            const now = (n.strategy ?? {}) as Config;
            if (was.type !== now.type) return changed('strategy', was.type, now.type, strategyName);
            return isSameValue(was, now) ? [] : [`${strategyName(now.type)} settings changed`];
          },
        },
        { keys: ['dailyCap'], describe: (w, n) => changed('daily cap', w.dailyCap, n.dailyCap) },
        { keys: ['openCap'], describe: (w, n) => changed('open-lead cap', w.openCap, n.openCap) },
        {
          keys: ['fallback'],
          describe: (w, n) =>
            changed('fallback', w.fallback, n.fallback, (v) => fallbackText(v, names)),
        },
      ];
    case 'pool':
      return [
        {
          keys: ['mode'],
          describe: (w, n) =>
            changed('mode', w.mode, n.mode, (v) => poolModes[String(v)] ?? text(v)),
        },
        { keys: ['team'], describe: (w, n) => changed('team', w.team, n.team, team) },
        {
          keys: ['claimSlaMinutes'],
          describe: (w, n) => changed('claim time (minutes)', w.claimSlaMinutes, n.claimSlaMinutes),
        },
      ];
    case 'disqualify':
      return [
        {
          keys: ['reason'],
          describe: (w, n) => changed('reason', w.reason, n.reason, (v) => `'${text(v)}'`),
        },
      ];
    case 'capture':
      return [
        {
          keys: ['sources'],
          describe: (w, n) => (isSameValue(w.sources, n.sources) ? [] : ['sources changed']),
        },
      ];
    default:
      return [];
  }
}

/**
 * What changed in one step between two versions, in a manager's words ("rule changed",
 * "strategy round robin → weighted round robin"). Moving a step on the canvas is not a change:
 * it routes no lead differently.
 */
export function nodeChanges(was: DocNode, now: DocNode, names: ChangeNames): string[] {
  const sentences: string[] = [];
  if (!isSameValue(was.label, now.label)) sentences.push(`renamed from '${text(was.label)}'`);
  if (was.kind !== now.kind) {
    // A different kind has a different config: listing its keys would say nothing more.
    return [...sentences, `now a ${lookOf(now.kind).title} step (was ${lookOf(was.kind).title})`];
  }
  const covered = new Set<string>();
  for (const describer of describers(now.kind, names)) {
    for (const key of describer.keys) covered.add(key);
    sentences.push(...describer.describe(was.config, now.config));
  }
  const keys = new Set([...Object.keys(was.config), ...Object.keys(now.config)]);
  for (const key of keys) {
    if (!covered.has(key) && !isSameValue(was.config[key], now.config[key])) {
      sentences.push(`setting '${key}' changed`);
    }
  }
  return sentences;
}
