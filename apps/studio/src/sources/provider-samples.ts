import type { Inputs } from '../lib/trpc';
import htmlForm from './samples/html-form.json';
import jotform from './samples/jotform.json';
import json from './samples/json.json';
import metaLeadgen from './samples/meta-leadgen.json';
import standardWebhooks from './samples/standard-webhooks.json';
import tally from './samples/tally.json';
import typeform from './samples/typeform.json';
import webflow from './samples/webflow.json';

// Copied from the shared form fixtures (invented leads shaped like each provider's delivery), so
// the studio builds without them. A Meta sample is the Graph API's lead, which source.test reads.

/** A source type the API accepts: the tables below fail typecheck when one is added. */
export type ProviderType = Inputs['source']['create']['type'];

/** Each provider's name as the select shows it, and how its deliveries are authenticated. */
export const providerInfo: Record<ProviderType, { label: string; auth: string }> = {
  json: { label: 'JSON (any sender)', auth: 'an API key sent as "Authorization: Bearer <key>"' },
  html_form: { label: 'HTML form', auth: 'nothing: rate limits and a honeypot field protect it' },
  typeform: { label: 'Typeform', auth: "a signing secret, pasted into Typeform's webhook" },
  tally: { label: 'Tally', auth: "a signing secret, pasted into Tally's webhook" },
  webflow: { label: 'Webflow', auth: "the webhook's signing secret" },
  jotform: { label: 'Jotform', auth: 'a secret token in the webhook URL' },
  standard_webhooks: { label: 'Standard Webhooks', auth: 'a whsec_ signing secret' },
  meta_leadgen: { label: 'Meta lead ads', auth: "the Meta app's secret" },
};

/** The source types the runtime accepts, in the order the create form offers them. */
export const providerTypes = Object.keys(providerInfo) as ProviderType[];

/** Types that take a signing secret the provider may issue; the server refuses one for the rest. */
export const signedTypes: ReadonlySet<string> = new Set(
  providerTypes.filter((type) => type !== 'json' && type !== 'html_form'),
);

const samples: Record<ProviderType, unknown> = {
  json,
  html_form: htmlForm,
  typeform,
  tally,
  webflow,
  jotform,
  standard_webhooks: standardWebhooks,
  meta_leadgen: metaLeadgen,
};

/** A realistic sample payload for a source type, as editable JSON text; `{}` for an unknown one. */
export function sampleText(type: string): string {
  const sample = (samples as Record<string, unknown>)[type] ?? {};
  return JSON.stringify(sample, null, 2);
}

/** The sample text parsed, or the sentence saying why it is not JSON. */
export function parseSample(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The sample is not valid JSON: ${detail}` };
  }
}
