import { failure } from '@switchyard/engine';
import { err, ok } from '@switchyard/logic';
import { formFields } from './bodies';
import type { Provider } from './provider';
import { safeEqual } from './signatures';

// Jotform names fields q<id>_<name>; flatten nested answers with dots and also offer the names
// without the q<id>_ prefix, so a mapping survives questions being renumbered.
function flatten(value: Record<string, unknown>, prefix = '', into: Record<string, unknown> = {}) {
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
      flatten(inner as Record<string, unknown>, path, into);
    } else {
      into[path] = inner;
    }
  }
  return into;
}

/** Jotform: multipart, no signature — a secret token in the URL (`?token=`); answers from `rawRequest`. */
export const jotformProvider: Provider = {
  type: 'jotform',
  label: 'Jotform',
  verify(request, context) {
    const token = request.url.searchParams.get('token') ?? '';
    if (!context.secret || !safeEqual(token, context.secret)) {
      return err(
        failure(
          'unauthorized',
          'The Jotform webhook URL is missing this source’s token, or it is wrong.',
        ),
      );
    }
    return ok(undefined);
  },
  async parse(request) {
    const fields = await formFields(request).catch(() => null);
    if (!fields || typeof fields.rawRequest !== 'string') {
      return err(failure('malformed_body', 'The Jotform delivery has no rawRequest part.'));
    }
    let raw: unknown;
    try {
      raw = JSON.parse(fields.rawRequest);
    } catch {
      return err(failure('malformed_body', 'The Jotform rawRequest is not valid JSON.'));
    }
    if (typeof raw !== 'object' || raw === null)
      return err(failure('malformed_body', 'The Jotform rawRequest is empty.'));
    const flat = flatten(raw as Record<string, unknown>);
    const record: Record<string, unknown> = { ...flat };
    for (const [key, value] of Object.entries(flat)) {
      const short = key.replace(/^q\d+_/, '');
      if (!(short in record)) record[short] = value;
    }
    const eventId = typeof fields.submissionID === 'string' ? fields.submissionID : null;
    return ok([{ eventId, record, payload: { ...fields, rawRequest: raw } }]);
  },
  defaultMapping: {
    email: 'workEmail|email',
    firstName: 'name.first',
    lastName: 'name.last',
    phone: 'phoneNumber.full|phone',
    company: 'company',
    title: 'jobTitle',
    country: 'address.country',
    state: 'address.state',
    city: 'address.city',
    postalCode: 'address.postal',
    employees: 'companySize',
    industry: 'industry',
    message: 'message',
  },
};
