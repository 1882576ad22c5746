import { ok } from '@switchyard/logic';
import { arrayAt, idAt, jsonObject, objectAt } from './bodies';
import type { Provider } from './provider';
import { checkSignature, hmac, needSecret, safeEqual } from './signatures';

// The answer's value sits under the key its `type` names; choices carry labels.
function answerValue(answer: Record<string, unknown>): unknown {
  const type = typeof answer.type === 'string' ? answer.type : '';
  const value = answer[type];
  if (type === 'choice')
    return objectAt(answer, 'choice').label ?? objectAt(answer, 'choice').other;
  if (type === 'choices') return (objectAt(answer, 'choices').labels as unknown) ?? [];
  return value;
}

/** Typeform `form_response`: `Typeform-Signature: sha256=base64(HMAC(secret, body))`; answers by field ref. */
export const typeformProvider: Provider = {
  type: 'typeform',
  label: 'Typeform',
  verify(request, context) {
    const secret = needSecret('Typeform', context.secret);
    if (!secret.ok) return secret;
    const header = request.headers.get('typeform-signature') ?? '';
    const expected = `sha256=${hmac(secret.value, request.rawBody).toString('base64')}`;
    return checkSignature('Typeform', safeEqual(header, expected));
  },
  async parse(request) {
    const body = jsonObject(request, 'Typeform');
    if (!body.ok) return body;
    const response = objectAt(body.value, 'form_response');
    const record: Record<string, unknown> = { ...objectAt(response, 'hidden') };
    for (const variable of arrayAt(response, 'variables')) {
      const key = idAt(variable, 'key');
      if (key)
        record[key] = (variable as Record<string, unknown>)[
          (variable as { type?: string }).type ?? 'text'
        ];
    }
    for (const answer of arrayAt(response, 'answers')) {
      const ref = idAt(objectAt(answer, 'field'), 'ref') ?? idAt(objectAt(answer, 'field'), 'id');
      if (ref) record[ref] = answerValue(answer as Record<string, unknown>);
    }
    return ok([{ eventId: idAt(response, 'token'), record, payload: body.value }]);
  },
  defaultMapping: {
    email: 'work_email|email',
    firstName: 'first_name',
    lastName: 'last_name',
    phone: 'phone',
    company: 'company',
    title: 'job_title',
    country: 'country',
    employees: 'company_size',
    message: 'message',
    'utm.source': 'utm_source',
    'utm.medium': 'utm_medium',
    'utm.campaign': 'utm_campaign',
  },
};
