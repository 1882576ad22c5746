import { failure } from '@switchyard/engine';
import { err, ok } from '@switchyard/logic';
import { jsonObject } from './bodies';
import type { Provider } from './provider';
import { safeEqual, sha256Hex } from './signatures';

/** Generic JSON: any sender with the source's API key as a Bearer token; fields by name. */
export const jsonProvider: Provider = {
  type: 'json',
  label: 'JSON',
  verify(request, context) {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
    if (!match?.[1]) {
      return err(
        failure('unauthorized', 'Send the source API key as "Authorization: Bearer <key>".'),
      );
    }
    if (!context.keyHash || !safeEqual(sha256Hex(match[1]), context.keyHash)) {
      return err(failure('unauthorized', 'This API key does not belong to this source.'));
    }
    return ok(undefined);
  },
  async parse(request) {
    const body = jsonObject(request, 'JSON');
    if (!body.ok) return body;
    return ok([{ eventId: null, record: body.value, payload: body.value }]);
  },
  defaultMapping: {
    email: 'email',
    firstName: 'firstName',
    lastName: 'lastName',
    phone: 'phone',
    company: 'company',
    title: 'title',
    seniority: 'seniority',
    country: 'country',
    state: 'state',
    postalCode: 'postalCode',
    city: 'city',
    industry: 'industry',
    employees: 'employees',
    annualRevenue: 'annualRevenue',
    budget: 'budget',
    product: 'product',
    language: 'language',
    website: 'website',
    message: 'message',
    'utm.source': 'utm.source',
    'utm.medium': 'utm.medium',
    'utm.campaign': 'utm.campaign',
  },
};
