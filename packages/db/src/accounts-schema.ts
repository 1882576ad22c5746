import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations, reps } from './schema';

// Accounts: the tables better-auth reads and writes through its drizzle adapter (property names
// are better-auth's field names), our members with roles, and the append-only audit log.
// Organisations are ours (`organizations` in schema.ts): better-auth's organisation model is
// mapped onto that table, so there is one truth for tenants.

const at = (name: string) => integer(name, { mode: 'timestamp_ms' });

/** A person who signs in (better-auth `user`). */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
  image: text('image'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

/** A signed-in browser (better-auth `session`); the cookie carries the signed token. */
export const authSessions = sqliteTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: at('expires_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    activeOrganizationId: text('active_organization_id'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('auth_sessions_user').on(t.userId)],
);

/** A way to sign in (better-auth `account`): `credential` holds the scrypt password hash. */
export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: at('access_token_expires_at'),
    refreshTokenExpiresAt: at('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('accounts_user').on(t.userId)],
);

/** One-time values (better-auth `verification`): password reset tokens and the like. */
export const verifications = sqliteTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: at('expires_at').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('verifications_identifier').on(t.identifier)],
);

export const memberRoles = ['owner', 'manager', 'consultant', 'rep', 'viewer'] as const;
/** A member's role in one organisation. */
export type MemberRole = (typeof memberRoles)[number];

/** A user's membership of an organisation (better-auth `member`) with our role and grants. */
export const members = sqliteTable(
  'members',
  {
    id: text('id').primaryKey(),
    organizationId: text('org_id')
      .notNull()
      .references(() => organizations.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<MemberRole>().notNull(),
    /** The rep this member is (role `rep`): their inbox and the pools of their teams. */
    repId: text('rep_id').references(() => reps.id),
    /** A consultant sees lead PII only when an owner grants it. */
    piiAccess: integer('pii_access', { mode: 'boolean' }).notNull().default(false),
    createdAt: at('created_at').notNull(),
  },
  (t) => [uniqueIndex('members_org_user').on(t.organizationId, t.userId)],
);

/** An invitation to join an organisation with a role (better-auth `invitation`). */
export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    organizationId: text('org_id')
      .notNull()
      .references(() => organizations.id),
    email: text('email').notNull(),
    role: text('role'),
    status: text('status').notNull(),
    expiresAt: at('expires_at').notNull(),
    inviterId: text('inviter_id')
      .notNull()
      .references(() => users.id),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('invitations_org').on(t.organizationId)],
);

/**
 * Who did what, when, to what, with the state before and after. Append-only: migration 0001's
 * triggers refuse UPDATE and DELETE, so not even a bug in our code can rewrite history.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull(),
    at: at('at').notNull(),
    /** `user`, `api_key` or `system`. */
    actorType: text('actor_type').$type<'user' | 'api_key' | 'system'>().notNull(),
    actorId: text('actor_id'),
    /** E-mail of the user or name of the key, as it was then. */
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    before: text('before', { mode: 'json' }).$type<unknown>(),
    after: text('after', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [index('audit_log_org_at').on(t.orgId, t.at)],
);
