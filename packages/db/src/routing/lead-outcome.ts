import type { Distribution } from '@switchyard/engine';
import type { LeadStatus } from '../schema';

/** What the ingest answer says about a routed lead; also stored for idempotent replays. */
export type RoutedLead = {
  leadId: string;
  status: LeadStatus;
  terminal: { id: string; kind: string; label: string };
  score: number;
  grade: string | null;
  assignee: { repId: string; name: string } | null;
  pool: { nodeId: string; label: string } | null;
  fallback: boolean;
  explanation: string | null;
};

/** Where the lead ends up once its terminal node (and the distribution, if any) is known. */
export type Placement =
  | { status: 'disqualified' }
  | { status: 'pooled'; poolNodeId: string; fallback: boolean; distribution?: DistributionRecord }
  | { status: 'assigned'; repId: string; fallback: boolean; distribution: DistributionRecord };

/** The distribution as stored on the lead: who was considered, who was skipped and why. */
export type DistributionRecord = Pick<Distribution, 'outcome'> & {
  nodeId: string;
  strategy: string;
  candidates: unknown[];
  explanation: string;
};
