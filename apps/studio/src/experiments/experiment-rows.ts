import { wilsonInterval } from '@switchyard/reporting';
import { formatPercent } from '../lib/format';
import type { Outputs } from '../lib/trpc';

export type Experiment = Outputs['experiment']['list'][number];
export type ReportedExperiment = Outputs['report']['flow']['experiments'][number];

/** One arm as the experiment card's table shows it. */
export type ArmRow = {
  key: string;
  /** "Arm A" */
  arm: string;
  versionId: string;
  /** "Version 2" */
  version: string;
  /** "50%" */
  share: string;
  leads: number;
  converted: number;
  /** "12.5%", or "—" before the first lead */
  conversion: string;
  /** The 95% Wilson interval: "8.1–18.0%" */
  interval: string;
  /** The arm whose version was made live. */
  promoted: boolean;
};

const dayMs = 86_400_000;
// report.flow covers at most 400 days; a day is kept spare for clocks that disagree.
const longestReportDays = 399;

/**
 * The arms of an experiment with their leads and conversion. The report's summary (leads the
 * arm routed while the experiment ran) when `report.flow` has the experiment; otherwise the
 * counts `experiment.list` gives, with the same Wilson interval the report computes.
 */
export function armRows(experiment: Experiment, reported?: ReportedExperiment): ArmRow[] {
  return experiment.arms.map((arm) => {
    const summary = reported?.arms.find((a) => a.key === arm.key)?.summary;
    const leads = summary?.leads ?? arm.leads;
    const converted = summary?.converted ?? arm.converted;
    const rate = summary?.conversion ?? wilsonInterval(converted, leads);
    return {
      key: arm.key,
      arm: armLabel(arm.key),
      versionId: arm.versionId,
      version: arm.version === null ? 'A removed version' : `Version ${arm.version}`,
      share: `${arm.weight}%`,
      leads,
      converted,
      conversion: formatPercent(rate.rate),
      interval:
        rate.rate === null ? '—' : `${formatPercent(rate.low)} – ${formatPercent(rate.high)}`,
      promoted: experiment.promotedVersionId === arm.versionId,
    };
  });
}

/** "Arm A" for key `a`. */
export const armLabel = (key: string) => `Arm ${key.toUpperCase()}`;

/** What the numbers say so far, in the report's words when it has a verdict. */
export function verdictSentence(experiment: Experiment, reported?: ReportedExperiment): string {
  if (reported?.comparison) return reported.comparison.verdict.sentence;
  const leads = experiment.arms.reduce((sum, arm) => sum + arm.leads, 0);
  if (leads === 0) {
    return experiment.status === 'running'
      ? 'No leads yet: the verdict appears once leads come through both arms.'
      : 'No leads went through this experiment.';
  }
  return 'The comparison of this experiment’s arms is not available.';
}

/**
 * Where the report must start to hold every listed experiment: the oldest start, but no further
 * back than a report reaches. Null without experiments (no report is needed).
 */
export function reportStart(experiments: readonly Experiment[], now: Date): string | null {
  if (experiments.length === 0) return null;
  const oldest = Math.min(...experiments.map((e) => Date.parse(e.startedAt)));
  const earliest = now.getTime() - longestReportDays * dayMs;
  return new Date(Math.max(oldest, earliest)).toISOString();
}

/**
 * The report's numbers for an experiment, only when the report covers all of it: an experiment
 * that started before `from` (older than a report reaches) keeps `experiment.list`'s counts
 * instead of a partial summary.
 */
export function reportedFor(
  experiment: Experiment,
  from: string | null,
  reported: readonly ReportedExperiment[] | undefined,
): ReportedExperiment | undefined {
  if (from === null || Date.parse(experiment.startedAt) < Date.parse(from)) return undefined;
  return reported?.find((e) => e.id === experiment.id);
}
