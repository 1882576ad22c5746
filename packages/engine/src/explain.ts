import type { StrategyType } from '@switchyard/flow';
import {
  effectiveCap,
  type NodeCaps,
  type RepProfile,
  type SkipReason,
} from './availability/eligibility';
import type { Candidate } from './strategies/types';

/** What the explanation needs to name reps and caps. */
export type ExplainContext = {
  reps: Readonly<Record<string, RepProfile>>;
  caps: NodeCaps;
};

/** Each strategy's name, as a sales manager reads it in a sentence. */
export const strategyLabels = {
  round_robin: 'Round robin',
  weighted: 'Weighted round robin',
  load_balanced: 'Load balancing',
  top_performer: 'Top performer',
  territory: 'Territory',
  skills: 'Skills match',
  match_owner: 'Match owner',
  named_rep: 'Named rep',
} satisfies Record<StrategyType, string>;

// Reasons that only say "this lead is not theirs"; listing them would bury the real ones.
const notTheirs: ReadonlySet<SkipReason> = new Set(['not_in_territory', 'not_owner']);
// Past this many skipped reps the sentence counts the rest.
const maxNamed = 5;

/** A rep's name for a sentence; the id when the rep is unknown. */
export function repName(context: ExplainContext, repId: string): string {
  const rep = Object.hasOwn(context.reps, repId) ? context.reps[repId] : undefined;
  return typeof rep?.name === 'string' && rep.name.trim() !== '' ? rep.name.trim() : repId;
}

/** One skip reason in words, with the cap that was reached. */
export function reasonText(
  context: ExplainContext,
  candidate: Candidate,
  reason: SkipReason,
): string {
  const rep = Object.hasOwn(context.reps, candidate.repId)
    ? context.reps[candidate.repId]
    : undefined;
  switch (reason) {
    case 'inactive':
      return 'inactive';
    case 'out_of_office':
      return 'out of office';
    case 'outside_hours':
      return 'outside working hours';
    case 'daily_cap':
      return capText('daily cap', effectiveCap(context.caps.dailyCap, rep?.dailyCap));
    case 'open_cap':
      return capText('open-lead cap', effectiveCap(context.caps.openCap, rep?.openCap));
    case 'missing_skill':
      return typeof candidate.detail?.missing === 'string'
        ? `no ${candidate.detail.missing} skill`
        : 'missing a skill';
    case 'not_in_territory':
      return 'not their territory';
    case 'not_owner':
      return 'not the owner';
    case 'unknown_rep':
      return 'not a rep of this organisation';
  }
}

function capText(cap: string, value: number | null): string {
  return value === null ? `${cap} reached` : `${cap} ${value} reached`;
}

/**
 * The reps passed over, for a sentence: "Ben (out of office), Cy (daily cap 15 reached)";
 * reps whose only reason is that the lead is not theirs are left out. Empty when none.
 */
export function skippedText(context: ExplainContext, candidates: readonly Candidate[]): string {
  const skipped = candidates.filter((c) => !c.eligible && c.skipped.some((r) => !notTheirs.has(r)));
  const named = skipped.slice(0, maxNamed).map((c) => {
    const reasons = c.skipped
      .filter((r) => !notTheirs.has(r))
      .map((r) => reasonText(context, c, r));
    return `${repName(context, c.repId)} (${reasons.join(', ')})`;
  });
  const rest = skipped.length - named.length;
  if (rest > 0) named.push(`${rest} more`);
  return named.join(', ');
}
