import { Counter, Histogram, Registry } from 'prom-client';

/** The runtime's Prometheus metrics, one registry per app so tests do not share counters. */
export type Metrics = ReturnType<typeof createMetrics>;

/** Counters of leads received, routed and rejected, and the decision latency histogram. */
export function createMetrics() {
  const registry = new Registry();
  return {
    registry,
    received: new Counter({
      name: 'switchyard_leads_received_total',
      help: 'Lead submissions received, by source type.',
      labelNames: ['source_type'] as const,
      registers: [registry],
    }),
    routed: new Counter({
      name: 'switchyard_leads_routed_total',
      help: 'Leads stored and routed, by outcome (assigned, pooled, disqualified).',
      labelNames: ['status'] as const,
      registers: [registry],
    }),
    rejected: new Counter({
      name: 'switchyard_leads_rejected_total',
      help: 'Deliveries answered with an error, by error code.',
      labelNames: ['code'] as const,
      registers: [registry],
    }),
    decisionSeconds: new Histogram({
      name: 'switchyard_decision_seconds',
      help: 'Time from a verified delivery to the committed decision, in seconds.',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
  };
}
