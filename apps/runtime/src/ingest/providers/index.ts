import { htmlFormProvider } from './html-form';
import { jotformProvider } from './jotform';
import { jsonProvider } from './json';
import { metaLeadgenProvider } from './meta-leadgen';
import type { Provider, SourceType } from './provider';
import { standardWebhooksProvider } from './standard-webhooks';
import { tallyProvider } from './tally';
import { typeformProvider } from './typeform';
import { webflowProvider } from './webflow';

/** Every provider, by source type. */
export const providers = {
  json: jsonProvider,
  html_form: htmlFormProvider,
  typeform: typeformProvider,
  tally: tallyProvider,
  webflow: webflowProvider,
  jotform: jotformProvider,
  standard_webhooks: standardWebhooksProvider,
  meta_leadgen: metaLeadgenProvider,
} satisfies Record<SourceType, Provider>;
