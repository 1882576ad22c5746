import type { SourcePreview } from '@switchyard/api';
import { loadLiveFlow, openSettings, type sources } from '@switchyard/db';
import { AppError, failure, normalizeLead } from '@switchyard/engine';
import type { AppDeps } from '../deps';
import { applyMapping } from './mapping';
import { parseDelivery, submissionOverLimits } from './parse-delivery';
import { providers } from './providers';
import type { InboundRequest, Submission, VerifyContext } from './providers/provider';

type SourceRow = typeof sources.$inferSelect;

// Form posts are tested with an object of field → value; every other provider with its JSON.
const formTypes = new Set(['html_form', 'jotform']);

/**
 * "Test with a sample payload": parses a sample the way the source's provider parses a real
 * delivery (no signature needed), maps it, normalises it and runs the live flow's decision and
 * trace on it. Nothing is stored and nobody is assigned. A Meta sample is the lead as the Graph
 * API returns it (`field_data`). Matches against earlier leads are not looked up.
 */
export function createSourcePreview(deps: AppDeps) {
  return async (source: SourceRow, sample: unknown): Promise<SourcePreview> => {
    const provider = providers[source.type as keyof typeof providers];
    if (!provider) throw new Error(`Source ${source.id} has unknown type ${source.type}`);
    const context: VerifyContext = {
      now: deps.clock(),
      secret: null,
      keyHash: null,
      settings: openSettings(source.settings, deps.secrets),
      graphBaseUrl: deps.metaGraphUrl,
    };
    const submissions = await sampleSubmissions(provider, sample, context);
    const flow = source.flowId ? await loadLiveFlow(deps.database.db, source.flowId) : null;
    const mapping = { ...provider.defaultMapping, ...source.mapping };
    return {
      leads: submissions.map((submission) => {
        const input = applyMapping(mapping, submission);
        const normalized = normalizeLead(input, {
          leadId: 'preview',
          fields: flow?.flow.fields ?? [],
        });
        const decision = flow ? flow.decide(normalized.lead) : null;
        return {
          input,
          lead: normalized.lead,
          warnings: normalized.warnings,
          spam: submission.spam === true,
          decision: decision && flow ? { ...decision, trace: flow.trace(normalized.lead) } : null,
        };
      }),
      flowVersion: flow ? { id: flow.versionId, version: flow.version } : null,
    };
  };
}

async function sampleSubmissions(
  provider: (typeof providers)[keyof typeof providers],
  sample: unknown,
  context: VerifyContext,
): Promise<Submission[]> {
  if (provider.type === 'meta_leadgen' && provider.fetchLead) {
    // The Graph API's answer is the sample itself.
    const fetched = await provider.fetchLead(
      { eventId: 'preview', record: {}, payload: {}, pendingFetch: { leadgenId: 'preview' } },
      { ...context, fetch: async () => Response.json(sample) },
    );
    if (!fetched.ok) throw new AppError(fetched.error);
    const refused = submissionOverLimits(fetched.value);
    if (refused) throw new AppError(refused);
    return [fetched.value];
  }
  const parsed = await parseDelivery(provider, sampleRequest(provider.type, sample), context);
  if (!parsed.ok) throw new AppError(parsed.error);
  return parsed.value;
}

function sampleRequest(type: string, sample: unknown): InboundRequest {
  const url = new URL('http://127.0.0.1/preview');
  if (!formTypes.has(type)) {
    return {
      method: 'POST',
      url,
      headers: new Headers({ 'content-type': 'application/json' }),
      rawBody: new TextEncoder().encode(JSON.stringify(sample ?? null)),
    };
  }
  if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) {
    throw new AppError(
      failure('invalid_input', 'A form sample is an object of field names and values.'),
    );
  }
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(sample)) {
    form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return {
    method: 'POST',
    url,
    headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded' }),
    rawBody: new TextEncoder().encode(form.toString()),
  };
}
