import type { LeadStatus } from '@switchyard/engine';
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

// Timestamps are epoch milliseconds (integer) so range scans on indexes stay cheap.
const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull();
const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>();

/** A customer of Switchyard; every other row belongs to exactly one. */
export const organizations = sqliteTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    // better-auth's organisation fields: this table is its `organization` model.
    slug: text('slug'),
    logo: text('logo'),
    metadata: text('metadata'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('organizations_slug').on(t.slug)],
);

/** An organisation's API key for runtime hosts and CRMs; stored as a hash, shown once. */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    scopes: json<string[]>('scopes').notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('api_keys_hash').on(t.keyHash)],
);

/** A group of reps that assign and pool nodes hand leads to. */
export const teams = sqliteTable(
  'teams',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('teams_org').on(t.orgId)],
);

export type WorkingHoursJson = Partial<
  Record<
    'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun',
    Array<{ start: string; end: string }>
  >
>;

/** A sales rep: who can receive leads, when, and how many. */
export const reps = sqliteTable(
  'reps',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    email: text('email').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    timeZone: text('time_zone').notNull().default('UTC'),
    workingHours: json<WorkingHoursJson | null>('working_hours'),
    outOfOffice: json<Array<{ start: string; end: string }>>('out_of_office')
      .notNull()
      .default(sql`'[]'`),
    dailyCap: integer('daily_cap'),
    openCap: integer('open_cap'),
    skills: json<Record<string, string[]>>('skills').notNull().default(sql`'{}'`),
    createdAt: createdAt(),
  },
  (t) => [index('reps_org').on(t.orgId)],
);

/** Team membership, in the order round robin walks it, with the weight weighted routing uses. */
export const teamMembers = sqliteTable(
  'team_members',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id),
    repId: text('rep_id')
      .notNull()
      .references(() => reps.id),
    position: integer('position').notNull(),
    weight: real('weight').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.repId] }), index('team_members_rep').on(t.repId)],
);

/** A flow: its working draft and which published version is live. */
export const flows = sqliteTable(
  'flows',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    draft: json<unknown>('draft').notNull(),
    /** Optimistic concurrency: a save names the revision it started from. */
    draftRevision: integer('draft_revision').notNull().default(1),
    /** Team placeholder key of the flow document → team id of this organisation. */
    teamMap: json<Record<string, string>>('team_map').notNull().default(sql`'{}'`),
    liveVersionId: text('live_version_id'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('flows_org').on(t.orgId)],
);

/** An immutable published version of a flow with its compiled logic. */
export const flowVersions = sqliteTable(
  'flow_versions',
  {
    id: text('id').primaryKey(),
    flowId: text('flow_id')
      .notNull()
      .references(() => flows.id),
    version: integer('version').notNull(),
    document: json<unknown>('document').notNull(),
    logic: json<unknown>('logic').notNull(),
    hash: text('hash').notNull(),
    teamMap: json<Record<string, string>>('team_map').notNull(),
    note: text('note').notNull().default(''),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('flow_versions_flow_version').on(t.flowId, t.version)],
);

/** A connected form: how its deliveries are authenticated and mapped, and which flow runs. */
export const sources = sqliteTable(
  'sources',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id),
    flowId: text('flow_id').references(() => flows.id),
    name: text('name').notNull(),
    type: text('type').notNull(),
    /** sha256 hex of the API key (json sources); the key itself is shown once and never stored. */
    keyHash: text('key_hash'),
    /** AES-GCM sealed signing secret (HMAC providers need the secret itself). */
    sealedSecret: text('sealed_secret'),
    mapping: json<Record<string, string>>('mapping').notNull().default(sql`'{}'`),
    settings: json<Record<string, unknown>>('settings').notNull().default(sql`'{}'`),
    ratePerMinute: integer('rate_per_minute').notNull().default(600),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('sources_org').on(t.orgId)],
);

export const experimentStatuses = ['running', 'stopped', 'promoted'] as const;
export type ExperimentStatus = (typeof experimentStatuses)[number];

/** One arm of an experiment: a published version and its share of traffic, in percent. */
export type ExperimentArm = { key: string; versionId: string; weight: number };

/**
 * Published versions of one flow run side by side: each lead goes to the arm its `bucket` falls
 * in (arms in order, cumulative weights summing to 100). Arms never change once started; at most
 * one experiment per flow runs at a time (a partial unique index guards the rule the API checks).
 */
export const experiments = sqliteTable(
  'experiments',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id),
    flowId: text('flow_id')
      .notNull()
      .references(() => flows.id),
    name: text('name').notNull(),
    arms: json<ExperimentArm[]>('arms').notNull(),
    status: text('status').$type<ExperimentStatus>().notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    stoppedAt: integer('stopped_at', { mode: 'timestamp_ms' }),
    promotedVersionId: text('promoted_version_id').references(() => flowVersions.id),
    /** Who started it, as the audit log names them. */
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    index('experiments_flow').on(t.flowId, t.startedAt),
    uniqueIndex('experiments_one_running').on(t.flowId).where(sql`${t.status} = 'running'`),
  ],
);

// The lead lifecycle is the engine's (issue 21); the column holds its statuses.
export { type LeadStatus, leadStatuses } from '@switchyard/engine';

/** One lead as received, enriched and decided, with where it is now. */
export const leads = sqliteTable(
  'leads',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    flowId: text('flow_id')
      .notNull()
      .references(() => flows.id),
    flowVersionId: text('flow_version_id')
      .notNull()
      .references(() => flowVersions.id),
    /** The experiment that routed the lead, and its arm; null outside experiments. */
    experimentId: text('experiment_id').references(() => experiments.id),
    arm: text('arm'),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    // Copies of identity fields, indexed for match nodes ("same e-mail within 90 days").
    email: text('email'),
    domain: text('domain'),
    phone: text('phone'),
    /** The mapped input before normalisation, for audits and re-runs. */
    input: json<Record<string, unknown>>('input').notNull(),
    /** The enriched lead the flow decided on. */
    fields: json<Record<string, unknown>>('fields').notNull(),
    warnings: json<unknown[]>('warnings').notNull().default(sql`'[]'`),
    terminalNodeId: text('terminal_node_id').notNull(),
    terminalKind: text('terminal_kind').notNull(),
    score: real('score').notNull().default(0),
    grade: text('grade'),
    bucket: integer('bucket').notNull(),
    status: text('status').$type<LeadStatus>().notNull(),
    ownerRepId: text('owner_rep_id').references(() => reps.id),
    /** The pool node holding the lead while unclaimed. */
    poolNodeId: text('pool_node_id'),
    assignedAt: integer('assigned_at', { mode: 'timestamp_ms' }),
    acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }),
    firstTouchAt: integer('first_touch_at', { mode: 'timestamp_ms' }),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    value: real('value'),
    lostReason: text('lost_reason'),
    reassignCount: integer('reassign_count').notNull().default(0),
    trace: json<unknown>('trace').notNull(),
    distribution: json<unknown>('distribution'),
    /**
     * The trace's steps as compact JSON `[[nodeId, output], …]`, and where distribution fell back
     * (`rep`, `pool`, null): copies for reports, which group a million leads by them without
     * reading the wide `trace` and `distribution` JSON (see packages/reporting/README.md).
     */
    path: text('path'),
    fallback: text('fallback').$type<'rep' | 'pool'>(),
    /**
     * SLA timers that fired on this lead (not stale), counted by runTimer: reports sum it in
     * the scan of `leads_flow_report` instead of joining every fired timer to its wide lead row.
     */
    slaBreaches: integer('sla_breaches').notNull().default(0),
    /** Set when the person asked to be forgotten: PII is gone, counts and outcomes stay. */
    erasedAt: integer('erased_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('leads_org_received').on(t.orgId, t.receivedAt),
    index('leads_org_email').on(t.orgId, t.email, t.receivedAt),
    index('leads_org_domain').on(t.orgId, t.domain, t.receivedAt),
    index('leads_org_phone').on(t.orgId, t.phone, t.receivedAt),
    index('leads_owner_status').on(t.ownerRepId, t.status),
    index('leads_pool').on(t.orgId, t.poolNodeId),
    // Reports filter by flow, version and experiment arm over a date range.
    index('leads_flow_received').on(t.flowId, t.receivedAt),
    index('leads_version_received').on(t.flowVersionId, t.receivedAt),
    // Covers report.flow's aggregation (report-cells.ts): ordered by its GROUP BY so SQLite
    // groups while it scans, without sorting and without reading the wide lead rows.
    index('leads_flow_report').on(
      t.flowId,
      t.flowVersionId,
      t.experimentId,
      t.arm,
      t.terminalNodeId,
      t.terminalKind,
      t.fallback,
      t.ownerRepId,
      t.path,
      t.receivedAt,
      t.status,
      t.assignedAt,
      t.acceptedAt,
      t.firstTouchAt,
      t.closedAt,
      t.value,
      t.reassignCount,
      t.slaBreaches,
      t.orgId,
    ),
    index('leads_experiment_arm')
      .on(t.experimentId, t.arm, t.receivedAt)
      .where(sql`${t.experimentId} is not null`),
  ],
);

/** Every time a lead was handed to a rep; daily caps count these since the rep's midnight. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id),
    repId: text('rep_id')
      .notNull()
      .references(() => reps.id),
    nodeId: text('node_id').notNull(),
    via: text('via').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('assignments_rep_at').on(t.repId, t.at), index('assignments_lead').on(t.leadId)],
);

/**
 * Assignments per rep per local calendar day, kept beside `assignments` so a daily cap is one
 * primary-key read instead of a count that grows with the day's volume.
 */
export const repDayCounts = sqliteTable(
  'rep_day_counts',
  {
    repId: text('rep_id').notNull(),
    day: text('day').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.repId, t.day] })],
);

/** What happened to a lead after the decision: claims, rep actions, CRM outcomes, timers. */
export const leadEvents = sqliteTable(
  'lead_events',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id),
    type: text('type').notNull(),
    repId: text('rep_id'),
    value: real('value'),
    reason: text('reason'),
    actor: text('actor').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('lead_events_lead').on(t.leadId, t.at), index('lead_events_org').on(t.orgId, t.at)],
);

/** The first answer to a delivery, replayed for retries with the same key. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    sourceId: text('source_id').notNull(),
    key: text('key').notNull(),
    status: integer('status').notNull(),
    body: json<unknown>('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.key] })],
);

/** Cursors and counters of each assign node's strategy, shared by every runtime process. */
export const distributionState = sqliteTable(
  'distribution_state',
  {
    flowId: text('flow_id').notNull(),
    nodeId: text('node_id').notNull(),
    state: json<Record<string, unknown>>('state').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.flowId, t.nodeId] })],
);

/** Claim and touch SLA timers; a process works one only while it holds the lease. */
export const timers = sqliteTable(
  'timers',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id),
    kind: text('kind').$type<'claim_sla' | 'touch_sla'>().notNull(),
    dueAt: integer('due_at', { mode: 'timestamp_ms' }).notNull(),
    leaseOwner: text('lease_owner'),
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
    doneAt: integer('done_at', { mode: 'timestamp_ms' }),
    outcome: text('outcome'),
  },
  (t) => [index('timers_due').on(t.doneAt, t.dueAt), index('timers_lead').on(t.leadId)],
);

/** Where an organisation wants lead events delivered (Standard Webhooks signed). */
export const webhookEndpoints = sqliteTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id),
    url: text('url').notNull(),
    sealedSecret: text('sealed_secret').notNull(),
    events: json<string[]>('events').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_endpoints_org').on(t.orgId)],
);

/** Outbound messages written in the lead's transaction and delivered later with retries. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull(),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id),
    event: text('event').notNull(),
    payload: json<unknown>('payload').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    leaseOwner: text('lease_owner'),
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
    deliveredAt: integer('delivered_at', { mode: 'timestamp_ms' }),
    failedAt: integer('failed_at', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_pending').on(t.deliveredAt, t.failedAt, t.nextAttemptAt)],
);

/**
 * One row (id 1) whose `version` goes up, by triggers of migration 0002, whenever routing
 * configuration changes: teams, team members, reps, flows, sources, webhook endpoints or experiments (0003). A
 * process keeps that configuration between write batches and reads only this row, inside the
 * write transaction, to know whether it is still current — whichever process changed it.
 */
export const configVersion = sqliteTable('config_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull().default(0),
});
