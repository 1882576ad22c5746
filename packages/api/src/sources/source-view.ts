import type { sources } from '@switchyard/db';
import { z } from 'zod';
import { iso } from '../time';

/** The form providers a source can be. */
export { sourceTypes } from '@switchyard/db';

/** Lead field → where to read it in the delivery. */
export const mappingSchema = z.record(z.string().min(1).max(100), z.string().max(500));
/** Provider settings (form id, page id, …), free-form JSON. */
export const settingsSchema = z.record(z.string().min(1).max(100), z.unknown());
/** Deliveries per minute before the runtime answers 429. */
export const rateSchema = z.number().int().min(1).max(100_000);
/** A provider-issued signing secret (Tally, Webflow, Meta app secret), pasted by the manager. */
export const secretSchema = z.string().trim().min(8).max(500);

/** Where the form posts its leads. */
export const webhookPath = (id: string) => `/v1/sources/${id}/leads`;

/** A source as the studio sees it. Never `keyHash` or `sealedSecret`: credentials are shown once. */
export function sourceView(row: typeof sources.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    flowId: row.flowId,
    mapping: row.mapping,
    settings: row.settings,
    ratePerMinute: row.ratePerMinute,
    enabled: row.enabled,
    createdAt: iso(row.createdAt),
    webhookPath: webhookPath(row.id),
    hasApiKey: row.keyHash !== null,
    hasSecret: row.sealedSecret !== null,
  };
}
