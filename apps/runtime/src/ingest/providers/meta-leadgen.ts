import { failure } from '@switchyard/engine';
import { err, ok } from '@switchyard/logic';
import { arrayAt, idAt, jsonObject, objectAt } from './bodies';
import type { Provider } from './provider';
import { checkSignature, hmac, needSecret, safeEqual } from './signatures';

/**
 * Meta lead ads: the `leadgen` Page webhook (`X-Hub-Signature-256: sha256=hex(HMAC(app secret,
 * body))`) carries ids only, possibly several per delivery; each lead is fetched from the Graph API.
 */
export const metaLeadgenProvider: Provider = {
  type: 'meta_leadgen',
  label: 'Meta lead ads',
  verify(request, context) {
    const secret = needSecret('Meta', context.secret);
    if (!secret.ok) return secret;
    const expected = `sha256=${hmac(secret.value, request.rawBody).toString('hex')}`;
    return checkSignature(
      'Meta',
      safeEqual(request.headers.get('x-hub-signature-256') ?? '', expected),
    );
  },
  async parse(request) {
    const body = jsonObject(request, 'Meta');
    if (!body.ok) return body;
    const submissions = arrayAt(body.value, 'entry').flatMap((entry) =>
      arrayAt(entry, 'changes')
        .filter((change) => idAt(change, 'field') === 'leadgen')
        .flatMap((change) => {
          const leadgenId = idAt(objectAt(change, 'value'), 'leadgen_id');
          return leadgenId
            ? [{ eventId: leadgenId, record: {}, payload: change, pendingFetch: { leadgenId } }]
            : [];
        }),
    );
    if (submissions.length === 0)
      return err(failure('invalid_input', 'The Meta delivery carries no leadgen change.'));
    return ok(submissions);
  },
  async fetchLead(submission, context) {
    const leadgenId = submission.pendingFetch?.leadgenId ?? '';
    const base = context.graphBaseUrl;
    const token =
      typeof context.settings.accessToken === 'string' ? context.settings.accessToken : '';
    const url = `${base.replace(/\/$/, '')}/${encodeURIComponent(leadgenId)}?access_token=${encodeURIComponent(token)}`;
    const upstream = (detail: string) =>
      err(
        failure(
          'upstream_failed',
          `Could not fetch Meta lead ${leadgenId} from the Graph API (${detail}); Meta will retry.`,
        ),
      );
    // The words of each failure are ours: an upstream body (or a parser's quote of it) is never
    // echoed, so a reply cannot be read through our error messages.
    let lead: unknown;
    try {
      const response = await context.fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) {
        await response.body?.cancel();
        return upstream(`HTTP ${response.status}`);
      }
      try {
        lead = await response.json();
      } catch {
        return upstream('the reply is not JSON');
      }
    } catch (error) {
      return upstream(
        error instanceof Error && error.name === 'TimeoutError'
          ? 'no answer in 10 s'
          : 'unreachable',
      );
    }
    const record: Record<string, unknown> = {};
    for (const field of arrayAt(lead, 'field_data')) {
      const name = idAt(field, 'name');
      if (name) record[name] = arrayAt(field, 'values')[0];
    }
    return ok({ eventId: submission.eventId, record, payload: lead });
  },
  handshake(request, context) {
    const params = request.url.searchParams;
    if (params.get('hub.mode') !== 'subscribe') return null;
    const expected =
      typeof context.settings.verifyToken === 'string' ? context.settings.verifyToken : '';
    if (!expected || !safeEqual(params.get('hub.verify_token') ?? '', expected)) {
      return { status: 403, body: 'verify token mismatch', contentType: 'text/plain' };
    }
    return { status: 200, body: params.get('hub.challenge') ?? '', contentType: 'text/plain' };
  },
  defaultMapping: {
    email: 'work_email|email',
    firstName: 'first_name',
    lastName: 'last_name',
    phone: 'work_phone_number|phone_number',
    company: 'company_name',
    title: 'job_title',
    country: 'country',
    state: 'state',
    city: 'city',
    postalCode: 'zip_code|post_code',
    employees: 'how_many_employees_work_at_your_company?',
    message: 'what_should_our_team_know_before_the_call?',
  },
};
