// One drizzle-orm instance for every package: apps use these instead of importing drizzle-orm.
export { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
export * from './accounts-schema';
export {
  createSource,
  type NewSource,
  newCredentials,
  type SourceCredentials,
  type SourceType,
  sourceTypes,
} from './admin/create-source';
export { createFlow, findPublishedVersion, publishFlow } from './admin/flows';
export {
  openSettings,
  operatorSettingKeys,
  publicSettings,
  sealSettings,
  secretSettingKeys,
} from './admin/source-settings';
export {
  type AuditActor,
  type AuditEntry,
  recordAudit,
} from './audit/record-audit';
export {
  type BacktestSource,
  backtestLeads,
} from './backtest/backtest-leads';
export type {
  BacktestChange,
  BacktestResult,
  BacktestTerminal,
  ReplayOptions,
} from './backtest/replay';
export {
  applyLeadAction,
  type LeadAction,
  type LeadActionInput,
  leadActions,
} from './leads/lead-actions';
export { findLead, type LeadRow, versionOf } from './leads/lead-row';
export { claimLead, claimNext, listPool, type PoolEntry } from './leads/pools';
export { type Reassignment, reassignLead } from './leads/reassign';
export { reassignLeadTo } from './leads/reassign-to';
export {
  type Database,
  type DatabaseOptions,
  defaultMigrationsFolder,
  openDatabase,
} from './open-database';
export type { ReadThreads } from './read-threads';
export { loadReportCells } from './reports/report-cells';
export { compactPath } from './reports/report-columns';
export { loadReportLeads, type ReportScope } from './reports/report-leads';
export {
  type ExperimentArmRouting,
  type ExperimentRouting,
  loadRunningExperiment,
} from './routing/flow-experiment';
export type { DistributionRecord, Placement, RoutedLead } from './routing/lead-outcome';
export { enqueueEvent, type WebhookEventType, webhookEventTypes } from './routing/outbox-events';
export {
  loadLiveFlow,
  loadVersion,
  type PublishedFlow,
  preparePublishedFlow,
} from './routing/published-flow';
export { loadRepLoads } from './routing/rep-loads';
export {
  type LeadSubmission,
  type RouteResult,
  routeLeads,
} from './routing/route-leads';
export { enrichLead, type SimulatedLead, simulateLead } from './routing/simulate-lead';
export { SourceChangedError, sourceFingerprint } from './routing/source-check';
export * from './schema';
export { createIdSource, type IdSource } from './security/ids';
export { createSecretBox, hashKey, type SecretBox, sameSecret } from './security/secret-box';
export type { Db, Queryable, Schema, Tx } from './types';
export { leaseDueMessages, leaseDueTimers, leaseMs } from './work/leases';
export { runTimer } from './work/run-timer';
export type { BatchHandler, Settled } from './write-queue';
