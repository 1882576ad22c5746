import { createHash } from 'node:crypto';
import { drizzleAdapter } from '@better-auth/drizzle-adapter';
import {
  accounts,
  and,
  authSessions,
  type Database,
  eq,
  type IdSource,
  invitations,
  memberRoles,
  members,
  organizations,
  recordAudit,
  users,
  verifications,
} from '@switchyard/db';
import { betterAuth } from 'better-auth';
import { organization } from 'better-auth/plugins';
import { memberAc, ownerAc } from 'better-auth/plugins/organization/access';
import { type Logger, withoutQueryParams } from '../observability/logger';
import { withHashedSessionTokens } from './hashed-session-tokens';
import type { InvitationLinks } from './invitation-token';
import type { Mailer } from './mailer';

export type AuthOptions = {
  /** The links invitation e-mails carry (with the token that proves the mailbox). */
  invitationLinks: InvitationLinks;
  database: Database;
  /** Where people reach this runtime, e.g. `https://leads.example.com`; cookies are Secure on https. */
  publicUrl: string;
  /** The runtime's 32-byte secret key; the cookie-signing secret is derived from it. */
  secretKey: Uint8Array;
  mailer: Mailer;
  logger: Logger;
  clock: () => Date;
  ids: IdSource;
  /**
   * Whether any signed-up user may create a new organisation (a new tenant). Off by default: on
   * a self-hosted runtime strangers who sign up get an account that belongs nowhere until an
   * owner invites them.
   */
  allowNewOrganizations: boolean;
};

/** better-auth's routes are mounted here. */
export const authBasePath = '/api/auth';

/**
 * better-auth on the runtime's database: e-mail and password, password reset through the
 * injected mailer, cookie sessions, and organisations with invitations. Its organisation and
 * member models are our `organizations` and `members` tables.
 */
export function createAuth(options: AuthOptions) {
  const { database, logger, mailer } = options;
  const audit = (
    orgId: string,
    entry: {
      userId: string;
      email: string;
      action: string;
      target?: { type: string; id: string };
      after?: unknown;
    },
  ) =>
    database.write((tx) =>
      recordAudit(
        tx,
        {
          orgId,
          actor: { type: 'user', id: entry.userId, label: entry.email },
          action: entry.action,
          ...(entry.target ? { target: entry.target } : {}),
          ...(entry.after !== undefined ? { after: entry.after } : {}),
        },
        { now: options.clock(), newId: (prefix) => options.ids.id(prefix) },
      ),
    );
  return betterAuth({
    appName: 'Switchyard',
    baseURL: options.publicUrl,
    basePath: authBasePath,
    secret: createHash('sha256')
      .update('switchyard/better-auth/v1')
      .update(options.secretKey)
      .digest('hex'),
    trustedOrigins: [new URL(options.publicUrl).origin],
    database: withHashedSessionTokens(
      drizzleAdapter(database.db, {
        provider: 'sqlite',
        schema: {
          user: users,
          session: authSessions,
          account: accounts,
          verification: verifications,
          organization: organizations,
          member: members,
          invitation: invitations,
        },
      }),
    ),
    // Reset tokens are stored hashed; session tokens by the adapter above.
    verification: { storeIdentifier: 'hashed' },
    emailAndPassword: {
      enabled: true,
      // No session from sign-up: better-auth then answers a sign-up for a registered e-mail
      // exactly like a new one (not 422), so sign-up tells nobody who has an account (issue 19).
      // The sign-in page signs in right after.
      autoSignIn: false,
      minPasswordLength: 10,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => {
        await mailer.send({
          to: user.email,
          subject: 'Reset your Switchyard password',
          text: `Someone asked to reset the password of ${user.email}. If it was you, open this link within an hour:\n\n${url}\n\nIf it was not, ignore this e-mail.`,
        });
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Sign-in is rate-limited by the runtime (per client address and per e-mail, with the
    // injected clock): better-auth's limiter falls back to one shared bucket without a proxy IP.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: options.publicUrl.startsWith('https:'),
      cookiePrefix: 'switchyard',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
    },
    telemetry: { enabled: false },
    logger: {
      level: 'warn',
      // Messages only, query parameters cut: better-auth's extra arguments may hold request
      // bodies, and a failed query's message its parameters (session tokens).
      log: (level, message) =>
        logger[level === 'debug' ? 'debug' : level](
          { component: 'auth' },
          withoutQueryParams(String(message)),
        ),
    },
    // A failure that is no APIError is thrown to the runtime's route (and its redacting logger)
    // instead of being printed by better-call with console.error, parameters and all.
    onAPIError: { throw: true },
    databaseHooks: {
      session: {
        create: {
          after: async (session) => {
            const [user] = await database.db
              .select({ email: users.email })
              .from(users)
              .where(eq(users.id, session.userId));
            const memberships = await database.db
              .select({ orgId: members.organizationId })
              .from(members)
              .where(eq(members.userId, session.userId));
            for (const { orgId } of memberships) {
              await audit(orgId, {
                userId: session.userId,
                email: user?.email ?? '',
                action: 'auth.signed_in',
                target: { type: 'user', id: session.userId },
              });
            }
          },
        },
      },
    },
    plugins: [
      organization({
        // Only owners manage members and invitations; every other role works in the studio.
        roles: {
          owner: ownerAc,
          manager: memberAc,
          consultant: memberAc,
          rep: memberAc,
          viewer: memberAc,
        },
        creatorRole: 'owner',
        allowUserToCreateOrganization: options.allowNewOrganizations,
        disableOrganizationDeletion: true,
        invitationExpiresIn: 60 * 60 * 24 * 7,
        sendInvitationEmail: async ({ id, email, role, organization: org, inviter }) => {
          await mailer.send({
            to: email,
            subject: `Join ${org.name} on Switchyard`,
            text: `${inviter.user.email} invites you to ${org.name} as ${role}. Open this link to sign in or create an account with this address and join:\n\n${options.invitationLinks.url(id)}\n\nThe link works for this address only; do not pass it on.`,
          });
        },
        organizationHooks: {
          beforeAddMember: async ({ member }) => {
            const role = (memberRoles as readonly string[]).includes(member.role)
              ? member.role
              : 'viewer';
            return { data: { ...member, role } };
          },
          afterCreateInvitation: async ({ invitation, inviter }) => {
            await audit(invitation.organizationId, {
              userId: inviter.id,
              email: inviter.email,
              action: 'invitation.created',
              // No invitation id: managers read the log, and ids are for the invitee's link.
              after: { email: invitation.email, role: invitation.role },
            });
          },
          afterAcceptInvitation: async ({ member, user }) => {
            await audit(member.organizationId, {
              userId: user.id,
              email: user.email,
              action: 'member.joined',
              target: { type: 'member', id: member.id },
              after: { role: member.role },
            });
          },
        },
      }),
    ],
  });
}

/** The configured better-auth instance. */
export type Auth = ReturnType<typeof createAuth>;

/** The member row of a user in an organisation, or null. */
export async function membershipOf(database: Database, userId: string, orgId: string | null) {
  const rows = await database.db
    .select()
    .from(members)
    .where(and(eq(members.userId, userId), orgId ? eq(members.organizationId, orgId) : undefined))
    .orderBy(members.createdAt)
    .limit(1);
  return rows[0] ?? null;
}
