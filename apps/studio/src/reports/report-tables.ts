import type { LeadSummary, ReportTable } from '@switchyard/reporting';
import type { Outputs } from '../lib/trpc';

export type FlowReport = Outputs['report']['flow'];

const minuteMs = 60_000;
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
const minutes = (ms: number | null) => (ms === null ? null : Math.round((ms / minuteMs) * 10) / 10);
const money = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/**
 * The report's tables, as shown and as exported: one shape (columns with labels, rows keyed
 * like the columns) for the page's tables and their CSV files, so what a manager downloads is
 * exactly what they read.
 */
export function versionTable(report: FlowReport): ReportTable {
  return {
    columns: [
      { key: 'version', label: 'Version' },
      { key: 'note', label: 'Publish note' },
      { key: 'leads', label: 'Leads' },
      { key: 'converted', label: 'Converted' },
      { key: 'rate', label: 'Conversion %' },
      { key: 'low', label: '95% low %' },
      { key: 'high', label: '95% high %' },
      { key: 'revenuePerLead', label: 'Revenue per lead' },
    ],
    rows: report.versions.map(({ version, note, summary }) => ({
      version,
      note,
      leads: summary.leads,
      converted: summary.converted,
      rate: percent(summary.conversion.rate),
      low: percent(summary.conversion.low),
      high: percent(summary.conversion.high),
      revenuePerLead: money(summary.revenuePerLead),
    })),
  };
}

/** How fast leads reach a rep and hear from one, per version. */
export function timingTable(report: FlowReport): ReportTable {
  return {
    columns: [
      { key: 'version', label: 'Version' },
      { key: 'assignMedian', label: 'To assign, median (min)' },
      { key: 'assignP90', label: 'To assign, p90 (min)' },
      { key: 'touched', label: 'Touched' },
      { key: 'touchMedian', label: 'To first touch, median (min)' },
      { key: 'touchP90', label: 'To first touch, p90 (min)' },
    ],
    rows: report.versions.map(({ version, summary }) => ({
      version,
      assignMedian: minutes(summary.timeToAssign.median),
      assignP90: minutes(summary.timeToAssign.p90),
      touched: summary.timeToFirstTouch.count,
      touchMedian: minutes(summary.timeToFirstTouch.median),
      touchP90: minutes(summary.timeToFirstTouch.p90),
    })),
  };
}

/** The groups whose time to first touch the distribution shows: every version, then every arm. */
function touchGroups(report: FlowReport) {
  return [
    ...report.versions.map(({ version, summary }) => ({
      key: `v${version}`,
      label: `Version ${version}`,
      summary,
    })),
    ...report.experiments.flatMap((experiment, e) =>
      experiment.arms.map((arm) => ({
        key: `e${e}${arm.key}`,
        label: `${experiment.name}: arm ${arm.key.toUpperCase()}`,
        summary: arm.summary,
      })),
    ),
  ];
}

/** Touched leads per time-to-first-touch bin: one row a bin, one column a version or arm. */
export function touchDistributionTable(report: FlowReport): ReportTable {
  const groups = touchGroups(report);
  const bins = report.overall.timeToFirstTouchHistogram;
  return {
    columns: [
      { key: 'bin', label: 'Time to first touch' },
      ...groups.map(({ key, label }) => ({ key, label: `${label} (leads)` })),
    ],
    rows: bins.map((bin, index) => ({
      bin: bin.label,
      ...Object.fromEntries(
        groups.map(({ key, summary }) => [
          key,
          summary.timeToFirstTouchHistogram[index]?.leads ?? 0,
        ]),
      ),
    })),
  };
}

/**
 * The distribution as percentages of each version's touched leads (so a version with more leads
 * does not look slower), for the two versions compared (A, then B), else the newest two.
 */
export function touchDistributionShares(report: FlowReport) {
  const { comparison } = report;
  // A then B, as the verdict names them; without a comparison there is at most one version.
  const pair = comparison
    ? [comparison.versionA, comparison.versionB].flatMap((id) =>
        report.versions.filter((v) => v.versionId === id),
      )
    : report.versions.slice(0, 2);
  const series = pair.map(({ version, summary }) => ({
    key: `v${version}`,
    name: `Version ${version}`,
    summary,
  }));
  const data = report.overall.timeToFirstTouchHistogram.map((bin, index) => ({
    bin: bin.label,
    ...Object.fromEntries(
      series.map(({ key, summary }) => {
        const touched = summary.timeToFirstTouch.count;
        const leads = summary.timeToFirstTouchHistogram[index]?.leads ?? 0;
        return [key, touched === 0 ? 0 : percent(leads / touched)];
      }),
    ),
  }));
  return { series: series.map(({ key, name }) => ({ key, name })), data };
}

/** The funnel from captured to converted. */
export function funnelStages(summary: LeadSummary): Array<{ stage: string; leads: number }> {
  return [
    { stage: 'Captured', leads: summary.leads },
    { stage: 'Qualified', leads: summary.qualified },
    { stage: 'Assigned', leads: summary.assigned },
    { stage: 'Accepted', leads: summary.accepted },
    { stage: 'Contacted', leads: summary.contacted },
    { stage: 'Converted', leads: summary.converted },
  ];
}

export function funnelTable(summary: LeadSummary): ReportTable {
  return {
    columns: [
      { key: 'stage', label: 'Stage' },
      { key: 'leads', label: 'Leads' },
      { key: 'ofCaptured', label: '% of captured' },
    ],
    rows: funnelStages(summary).map(({ stage, leads }) => ({
      stage,
      leads,
      ofCaptured: summary.leads === 0 ? null : percent(leads / summary.leads),
    })),
  };
}

export function repTable(
  summary: LeadSummary,
  repNames: Readonly<Record<string, string>>,
): ReportTable {
  return {
    columns: [
      { key: 'rep', label: 'Rep' },
      { key: 'leads', label: 'Leads' },
      { key: 'share', label: 'Share %' },
      { key: 'converted', label: 'Converted' },
      { key: 'rate', label: 'Conversion %' },
    ],
    rows: summary.reps.map((rep) => ({
      rep: repNames[rep.repId] ?? rep.repId,
      leads: rep.leads,
      share: percent(rep.share),
      converted: rep.converted,
      rate: percent(rep.conversionRate),
    })),
  };
}

export function outcomeTable(report: FlowReport): ReportTable {
  return {
    columns: [
      { key: 'version', label: 'Version' },
      { key: 'disqualified', label: 'Disqualified' },
      { key: 'pooled', label: 'Pooled' },
      { key: 'fallenBack', label: 'Fell back' },
      { key: 'slaBreaches', label: 'SLA breaches' },
      { key: 'reassignments', label: 'Reassignments' },
    ],
    rows: report.versions.map(({ version, summary }) => ({
      version,
      disqualified: summary.disqualified,
      pooled: summary.pooled,
      fallenBack: summary.fallenBack,
      slaBreaches: summary.slaBreaches,
      reassignments: summary.reassignments,
    })),
  };
}

export function reasonTable(summary: LeadSummary): ReportTable {
  return {
    columns: [
      { key: 'reason', label: 'Disqualified because' },
      { key: 'leads', label: 'Leads' },
    ],
    rows: summary.disqualifiedByReason.map(({ reason, leads }) => ({ reason, leads })),
  };
}
