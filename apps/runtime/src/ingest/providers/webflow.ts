import { ok } from '@switchyard/logic';
import { bodyText, idAt, jsonObject, objectAt } from './bodies';
import type { Provider } from './provider';
import { checkSignature, checkTimestamp, hmac, needSecret, safeEqual } from './signatures';

/** Webflow `form_submission`: hex(HMAC(secret, "<timestamp ms>:<body>")), 5-minute window; fields by name. */
export const webflowProvider: Provider = {
  type: 'webflow',
  label: 'Webflow',
  verify(request, context) {
    const secret = needSecret('Webflow', context.secret);
    if (!secret.ok) return secret;
    const timestamp = request.headers.get('x-webflow-timestamp') ?? '';
    const fresh = checkTimestamp(
      'Webflow',
      /^\d+$/.test(timestamp) ? Number(timestamp) : Number.NaN,
      context.now,
    );
    if (!fresh.ok) return fresh;
    const expected = hmac(secret.value, `${timestamp}:${bodyText(request)}`).toString('hex');
    return checkSignature(
      'Webflow',
      safeEqual(request.headers.get('x-webflow-signature') ?? '', expected),
    );
  },
  async parse(request) {
    const body = jsonObject(request, 'Webflow');
    if (!body.ok) return body;
    const payload = objectAt(body.value, 'payload');
    return ok([
      { eventId: idAt(payload, 'id'), record: objectAt(payload, 'data'), payload: body.value },
    ]);
  },
  defaultMapping: {
    email: 'Work Email|Email',
    firstName: 'First Name',
    lastName: 'Last Name',
    phone: 'Phone',
    company: 'Company',
    title: 'Job Title',
    country: 'Country',
    employees: 'Company Size',
    industry: 'Industry',
    message: 'Message',
  },
};
