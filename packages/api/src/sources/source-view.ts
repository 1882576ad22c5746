import { operatorSettingKeys, publicSettings, type sources } from '@switchyard/db';
import { z } from 'zod';
import { iso } from '../time';

/** The form providers a source can be. */
export { sourceTypes } from '@switchyard/db';

/** Lead field → where to read it in the delivery. */
export const mappingSchema = z.record(z.string().min(1).max(100), z.string().max(500));
/**
 * Provider settings (form id, page id, …), free-form JSON. Secret ones (Meta's access and verify
 * tokens) are sealed when saved; the Graph API's address is the operator's (META_GRAPH_URL).
 */
export const settingsSchema = z
  .record(z.string().min(1).max(100), z.unknown())
  .refine((settings) => operatorSettingKeys.every((key) => !(key in settings)), {
    error: 'The Graph API address is set by the operator (META_GRAPH_URL), not on a source.',
  });
/** Deliveries per minute before the runtime answers 429. */
export const rateSchema = z.number().int().min(1).max(100_000);
/** A provider-issued signing secret (Tally, Webflow, Meta app secret), pasted by the manager. */
export const secretSchema = z.string().trim().min(8).max(500);

/** Where the form posts its leads. */
export const webhookPath = (id: string) => `/v1/sources/${id}/leads`;

/**
 * A source as the studio sees it. Never `keyHash`, `sealedSecret` or a secret setting: credentials
 * are shown once; `secretSettings` names the secret settings that are set.
 */
export function sourceView(row: typeof sources.$inferSelect) {
  const { settings, secretSettings } = publicSettings(row.settings);
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    flowId: row.flowId,
    mapping: row.mapping,
    settings,
    secretSettings,
    ratePerMinute: row.ratePerMinute,
    enabled: row.enabled,
    createdAt: iso(row.createdAt),
    webhookPath: webhookPath(row.id),
    hasApiKey: row.keyHash !== null,
    hasSecret: row.sealedSecret !== null,
  };
}
