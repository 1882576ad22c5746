import type { ReportLead } from './report-lead';

/** A lead that was assigned and nothing more, for tests to override field by field. */
export function reportLead(overrides: Partial<ReportLead> = {}): ReportLead {
  return {
    leadId: 'lead',
    receivedAt: 0,
    versionId: 'v1',
    arm: null,
    status: 'assigned',
    terminal: { id: 'assign_sales', kind: 'assign' },
    disqualifyReason: null,
    fallback: null,
    assignedAt: 0,
    acceptedAt: null,
    firstTouchAt: null,
    convertedAt: null,
    value: null,
    ownerRepId: 'ana',
    path: [
      { nodeId: 'capture', output: 'next' },
      { nodeId: 'assign_sales', output: null },
    ],
    slaBreaches: 0,
    reassignCount: 0,
    ...overrides,
  };
}
