import { ok } from '@switchyard/logic';
import { arrayAt, idAt, jsonObject, objectAt } from './bodies';
import type { Provider } from './provider';
import { checkSignature, hmac, needSecret, safeEqual } from './signatures';

// Choice fields carry option ids; people map and read the option texts.
function fieldValue(field: Record<string, unknown>): unknown {
  const options = arrayAt(field, 'options');
  if (!Array.isArray(field.value) || options.length === 0) return field.value;
  const texts = field.value.map((id) => {
    const option = options.find((o) => idAt(o, 'id') === id);
    return option ? idAt(option, 'text') : id;
  });
  return field.type === 'CHECKBOXES' || texts.length > 1 ? texts : texts[0];
}

/** Tally `FORM_RESPONSE`: `Tally-Signature: base64(HMAC(secret, body))`; fields by label and by key. */
export const tallyProvider: Provider = {
  type: 'tally',
  label: 'Tally',
  verify(request, context) {
    const secret = needSecret('Tally', context.secret);
    if (!secret.ok) return secret;
    const header = request.headers.get('tally-signature') ?? '';
    return checkSignature(
      'Tally',
      safeEqual(header, hmac(secret.value, request.rawBody).toString('base64')),
    );
  },
  async parse(request) {
    const body = jsonObject(request, 'Tally');
    if (!body.ok) return body;
    const data = objectAt(body.value, 'data');
    const record: Record<string, unknown> = {};
    for (const field of arrayAt(data, 'fields')) {
      const value = fieldValue(field as Record<string, unknown>);
      const key = idAt(field, 'key');
      const label = idAt(field, 'label');
      if (key) record[key] = value;
      if (label) record[label] = value;
    }
    return ok([
      {
        eventId: idAt(data, 'responseId') ?? idAt(data, 'submissionId'),
        record,
        payload: body.value,
      },
    ]);
  },
  defaultMapping: {
    email: 'Work email|Email',
    firstName: 'First name',
    lastName: 'Last name',
    phone: 'Phone',
    company: 'Company',
    title: 'Job title',
    country: 'Country',
    employees: 'Company size',
    message: 'How can we help?',
  },
};
