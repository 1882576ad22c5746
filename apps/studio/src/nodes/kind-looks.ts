import type { NodeKind } from '@switchyard/flow';
import {
  type Icon,
  IconArrowsSplit,
  IconBan,
  IconFilter,
  IconGauge,
  IconGitFork,
  IconInbox,
  IconPlayerPlay,
  IconSearch,
  IconUserCheck,
} from '@tabler/icons-react';

/** Where a kind sits in capture → qualify → score → route; each stage has one colour. */
export type Stage = 'capture' | 'qualify' | 'score' | 'route' | 'outcome';

// Dark enough for the 10 px kind label on white (WCAG AA 4.5:1, checked by axe in e2e).
export const stageColours: Record<Stage, string> = {
  capture: '#2f6fde',
  qualify: '#c2410c',
  score: '#9c36b5',
  route: '#0b7285',
  outcome: '#1f6f32',
};

type KindLook = {
  title: string;
  icon: Icon;
  stage: Stage;
  /** The label and config a freshly dropped node starts with (valid where it can be). */
  defaults: () => { label: string; config: Record<string, unknown> };
};

/** How each kind looks in the palette and on the canvas, and what a new one starts with. */
export const kindLooks = {
  capture: {
    title: 'Capture',
    icon: IconPlayerPlay,
    stage: 'capture',
    defaults: () => ({ label: 'Web forms', config: {} }),
  },
  qualify: {
    title: 'Qualify',
    icon: IconFilter,
    stage: 'qualify',
    defaults: () => ({
      label: 'Business e-mail',
      config: { rule: { '==': [{ var: 'isFreeEmail' }, false] } },
    }),
  },
  score: {
    title: 'Score',
    icon: IconGauge,
    stage: 'score',
    defaults: () => ({
      label: 'Fit score',
      config: {
        rules: [
          {
            id: 'senior',
            label: 'VP or above',
            when: { in: [{ var: 'seniority' }, ['vp', 'c_level']] },
            points: 30,
          },
        ],
        bands: [
          { grade: 'hot', min: 60 },
          { grade: 'warm', min: 30 },
          { grade: 'cold', min: 0 },
        ],
      },
    }),
  },
  branch: {
    title: 'Branch',
    icon: IconGitFork,
    stage: 'route',
    defaults: () => ({
      label: 'Company size',
      config: {
        cases: [
          { id: 'large', label: '1,000+ staff', when: { '>=': [{ var: 'employees' }, 1000] } },
        ],
      },
    }),
  },
  split: {
    title: 'Split',
    icon: IconArrowsSplit,
    stage: 'route',
    defaults: () => ({
      label: 'A/B split',
      config: {
        arms: [
          { id: 'a', label: 'A', weight: 50 },
          { id: 'b', label: 'B', weight: 50 },
        ],
      },
    }),
  },
  match: {
    title: 'Match',
    icon: IconSearch,
    stage: 'qualify',
    defaults: () => ({ label: 'Known company?', config: { by: 'domain', withinDays: 90 } }),
  },
  assign: {
    title: 'Assign',
    icon: IconUserCheck,
    stage: 'outcome',
    defaults: () => ({
      label: 'Assign to a rep',
      config: {
        team: '',
        strategy: { type: 'round_robin', onUnavailable: 'skip' },
        fallback: { pool: '' },
      },
    }),
  },
  pool: {
    title: 'Pool',
    icon: IconInbox,
    stage: 'outcome',
    defaults: () => ({ label: 'Open pool', config: { mode: 'cherry_pick' } }),
  },
  disqualify: {
    title: 'Disqualify',
    icon: IconBan,
    stage: 'outcome',
    defaults: () => ({ label: 'Not a fit', config: { reason: 'Not a fit' } }),
  },
} satisfies Record<NodeKind, KindLook>;

/** The look of a kind, or a neutral one for a kind this studio does not know. */
export function lookOf(kind: string): KindLook {
  return kind in kindLooks
    ? kindLooks[kind as NodeKind]
    : {
        title: kind,
        icon: IconBan,
        stage: 'outcome',
        defaults: () => ({ label: kind, config: {} }),
      };
}
