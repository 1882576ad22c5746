import { sources } from '../schema';
import type { IdSource } from '../security/ids';
import { hashKey, type SecretBox } from '../security/secret-box';
import type { Tx } from '../types';
import { sealSettings } from './source-settings';

/** Every kind of connected form: the runtime has one provider per type, the API offers them. */
export const sourceTypes = [
  'json',
  'html_form',
  'typeform',
  'tally',
  'webflow',
  'jotform',
  'standard_webhooks',
  'meta_leadgen',
] as const;
export type SourceType = (typeof sourceTypes)[number];

/** Source types whose deliveries are authenticated by an API key rather than a signature. */
const keyedTypes = new Set(['json']);
/** Source types with no credential at all (public HTML forms are protected by rate and honeypot). */
const openTypes = new Set(['html_form']);

export type NewSource = {
  orgId: string;
  flowId: string | null;
  name: string;
  type: string;
  mapping?: Record<string, string>;
  settings?: Record<string, unknown>;
  ratePerMinute?: number;
  /** The provider's signing secret when the provider issues it (Tally, Webflow, Meta app secret). */
  secret?: string;
};

/** The credentials of a new or rotated source: shown once, then only their hash or seal is kept. */
export type SourceCredentials = { apiKey?: string; secret?: string };

/** Creates a source and returns its one-time credentials. */
export async function createSource(
  tx: Tx,
  input: NewSource,
  tools: { ids: IdSource; secrets: SecretBox; now: Date },
): Promise<{ id: string; credentials: SourceCredentials }> {
  const id = tools.ids.id('src');
  const credentials = newCredentials(input.type, tools.ids, input.secret);
  await tx.insert(sources).values({
    id,
    orgId: input.orgId,
    flowId: input.flowId,
    name: input.name,
    type: input.type,
    keyHash: credentials.apiKey ? hashKey(credentials.apiKey) : null,
    sealedSecret: credentials.secret ? tools.secrets.seal(credentials.secret) : null,
    mapping: input.mapping ?? {},
    settings: sealSettings(input.settings ?? {}, {}, tools.secrets),
    ratePerMinute: input.ratePerMinute ?? 600,
    createdAt: tools.now,
  });
  return { id, credentials };
}

/** A fresh API key or signing secret for a source type. */
export function newCredentials(type: string, ids: IdSource, secret?: string): SourceCredentials {
  if (keyedTypes.has(type)) return { apiKey: ids.secret('sk') };
  if (openTypes.has(type)) return {};
  if (secret) return { secret };
  if (type === 'standard_webhooks') {
    return { secret: `whsec_${ids.secret('x').slice(2).replace(/-/g, '+').replace(/_/g, '/')}` };
  }
  return { secret: ids.secret('ss') };
}
