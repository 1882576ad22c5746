import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('file:./data/switchyard.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /** base64 of 32 bytes; seals provider secrets. Generated beside a file database when unset. */
  SWITCHYARD_SECRET_KEY: z.string().optional(),
  /** Where people reach the runtime (`https://…` behind a proxy): cookie security, CSRF origin. */
  SWITCHYARD_PUBLIC_URL: z.url().optional(),
  /** `true` lets anyone who signs up create an organisation (hosted multi-tenant service). */
  SWITCHYARD_NEW_ORGANIZATIONS: z.enum(['true', 'false']).default('false'),
  /** `false` skips the demo organisation on an empty database. */
  SWITCHYARD_DEMO: z.enum(['true', 'false']).default('true'),
  /** Days of routed and worked leads the demo organisation starts with (0: none). */
  SWITCHYARD_DEMO_HISTORY_DAYS: z.coerce.number().int().min(0).max(365).default(90),
  META_GRAPH_URL: z.url().default('https://graph.facebook.com/v21.0'),
  /**
   * Host names, addresses and CIDRs outbound requests may reach although private or local
   * (`127.0.0.1,::1` for receivers in tests, `crm.intranet,10.2.0.0/16` on premises).
   */
  SWITCHYARD_OUTBOUND_ALLOW: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Work timers and the outbox in this process (turn off on ingest-only replicas). */
  SWITCHYARD_WORKERS: z.enum(['true', 'false']).default('true'),
  /** The built studio to serve; default: the one built beside the runtime. */
  SWITCHYARD_STUDIO_DIR: z.string().min(1).optional(),
});

export type Env = z.infer<typeof envSchema>;

/** The runtime's settings, read from the process environment once, at start. */
export function readEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`Invalid environment: ${problems}`);
}
