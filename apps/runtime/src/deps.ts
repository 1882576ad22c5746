import type { Database, IdSource, SecretBox } from '@switchyard/db';
import type { Auth } from './auth/create-auth';
import type { InvitationLinks } from './auth/invitation-token';
import type { Mailer } from './auth/mailer';
import type { OutboundPolicy } from './http/outbound';
import type { RateLimiter } from './http/rate-limiter';
import type { SourceCache } from './ingest/source-cache';
import type { Logger } from './observability/logger';
import type { Metrics } from './observability/metrics';

/** Everything the app needs from the outside world; tests pass their own clock and ids. */
export type AppDeps = {
  database: Database;
  clock: () => Date;
  ids: IdSource;
  secrets: SecretBox;
  logger: Logger;
  metrics: Metrics;
  rateLimiter: RateLimiter;
  sources: SourceCache;
  /** Used for provider fetches (Meta Graph) and the outbox: refuses private addresses. */
  fetch: typeof fetch;
  /** Which addresses outbound requests may reach (`SWITCHYARD_OUTBOUND_ALLOW`). */
  outbound: OutboundPolicy;
  /** The Graph API's base URL for every Meta source: the operator's (`META_GRAPH_URL`). */
  metaGraphUrl: string;
  maxBodyBytes: number;
  /** better-auth: sign-in, sessions, organisations and invitations. */
  auth: Auth;
  /** Password reset links and invitations. */
  mailer: Mailer;
  /** Invitation links and their tokens. */
  invitationLinks: InvitationLinks;
  /** Where people reach this runtime; the origin state-changing browser requests must come from. */
  publicUrl: string;
  /** The built studio (index.html and assets); without it `/` leads to the sign-in page. */
  studioDir?: string;
};
