// summarizeLeads over 100,000 generated leads, against one loop that only counts conversions:
// what the whole per-group report costs over the least any report must do. Asserts nothing.
import { bench, describe } from 'vitest';
import type { ReportLead } from '../src/report-lead';
import { summarizeLeads } from '../src/summarize';

// A fixed linear congruential sequence: the same leads on every run, no Math.random.
let seed = 42;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const repIds = Array.from({ length: 20 }, (_, i) => `rep_${i}`);
const rows: ReportLead[] = Array.from({ length: 100_000 }, (_, i) => {
  const disqualified = next() < 0.15;
  const terminal = disqualified ? 'dq_student' : 'assign_sales';
  const receivedAt = i * 60_000;
  const assignedAt = disqualified ? null : receivedAt + Math.floor(next() * 5_000);
  const touched = assignedAt !== null && next() < 0.7;
  const converted = touched && next() < 0.12;
  return {
    leadId: `lead_${i}`,
    receivedAt,
    versionId: `v${i % 10}`,
    arm: i % 2 === 0 ? 'a' : 'b',
    status: disqualified ? 'disqualified' : converted ? 'converted' : 'assigned',
    terminal: { id: terminal, kind: disqualified ? 'disqualify' : 'assign' },
    disqualifyReason: disqualified ? 'Student e-mail' : null,
    fallback: next() < 0.02 ? 'pool' : null,
    assignedAt,
    acceptedAt: assignedAt,
    firstTouchAt:
      touched && assignedAt !== null ? assignedAt + Math.floor(next() * 3_600_000) : null,
    convertedAt: converted ? receivedAt + 86_400_000 : null,
    value: converted ? 1_000 : null,
    ownerRepId: disqualified ? null : (repIds[i % repIds.length] ?? null),
    path: [
      { nodeId: 'capture', output: 'next' },
      { nodeId: 'qualify', output: disqualified ? 'fail' : 'pass' },
      { nodeId: terminal, output: null },
    ],
    slaBreaches: next() < 0.05 ? 1 : 0,
    reassignCount: 0,
  };
});

describe('per-group report over 100,000 leads', () => {
  bench('summarizeLeads (funnel, durations, paths, reps, fairness)', () => {
    summarizeLeads(rows, { repIds });
  });

  bench('reference: one loop counting conversions', () => {
    let converted = 0;
    for (const row of rows) if (row.convertedAt !== null) converted += 1;
    return void converted;
  });
});
