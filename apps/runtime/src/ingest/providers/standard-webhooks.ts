import { ok } from '@switchyard/logic';
import { arrayAt, bodyText, idAt, jsonObject, objectAt } from './bodies';
import type { Provider } from './provider';
import { checkSignature, checkTimestamp, hmac, needSecret, safeEqual } from './signatures';

// Our own Google Forms Apps Script sender signs this way too; its answers come as a list by title.
function googleFormsRecord(body: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = { respondentEmail: body.respondentEmail };
  for (const answer of arrayAt(body, 'answers')) {
    const title = idAt(answer, 'title');
    if (title) record[title] = (answer as Record<string, unknown>).response;
  }
  return record;
}

/**
 * Standard Webhooks: `webhook-signature` holds space-separated `v1,<base64>` values of
 * HMAC(base64-decoded whsec_ key, "<id>.<timestamp>.<body>"); timestamp in seconds, 5-minute window.
 */
export const standardWebhooksProvider: Provider = {
  type: 'standard_webhooks',
  label: 'Standard Webhooks',
  verify(request, context) {
    const secret = needSecret('Standard Webhooks', context.secret);
    if (!secret.ok) return secret;
    const id = request.headers.get('webhook-id') ?? '';
    const timestamp = request.headers.get('webhook-timestamp') ?? '';
    const fresh = checkTimestamp(
      'Standard Webhooks',
      /^\d+$/.test(timestamp) ? Number(timestamp) * 1000 : Number.NaN,
      context.now,
    );
    if (!fresh.ok) return fresh;
    const key = Buffer.from(secret.value.replace(/^whsec_/, ''), 'base64');
    const expected = `v1,${hmac(key, `${id}.${timestamp}.${bodyText(request)}`).toString('base64')}`;
    const offered = (request.headers.get('webhook-signature') ?? '').split(' ');
    return checkSignature(
      'Standard Webhooks',
      offered.some((signature) => safeEqual(signature, expected)),
    );
  },
  async parse(request) {
    const body = jsonObject(request, 'Standard Webhooks');
    if (!body.ok) return body;
    const data = objectAt(body.value, 'data');
    const fields = objectAt(data, 'fields');
    const record = Array.isArray(body.value.answers)
      ? googleFormsRecord(body.value)
      : Object.keys(fields).length > 0
        ? fields
        : data;
    return ok([{ eventId: request.headers.get('webhook-id'), record, payload: body.value }]);
  },
  defaultMapping: {
    email: 'email|work_email|respondentEmail',
    firstName: 'first_name|First name',
    lastName: 'last_name|Last name',
    phone: 'phone|Phone',
    company: 'company|Company',
    title: 'job_title|Job title',
    country: 'country|Country',
    employees: 'company_size|Company size',
    industry: 'industry',
    product: 'product',
    message: 'message|What should we know?',
  },
};
