import { isFreeEmailDomain, parseDomain, parseEmail, toE164 } from './contact';
import { toCountryCode } from './country';
import { toStateCode } from './regions';
import { seniorityFromTitle, toSeniority } from './seniority';
import { type NormalizeWarning, normalizeWarning } from './warnings';

/** Typed lead fields by canonical dotted key, as normalisation collects them. */
export type LeadFieldMap = Map<string, unknown>;

/**
 * Derives and canonicalises in place: e-mail, domain and isFreeEmail, ISO country, US/CA state
 * codes, E.164 phone, lower-case industry, seniority. Unreadable values are kept as written
 * (a domain is dropped) with a warning, so a lead is never refused for its content.
 */
export function enrichFields(fields: LeadFieldMap, warnings: NormalizeWarning[]): void {
  enrichEmail(fields, warnings);
  const country = enrichCountry(fields, warnings);
  const state = fields.get('state');
  if (typeof state === 'string') fields.set('state', toStateCode(state, country));
  const phone = fields.get('phone');
  if (typeof phone === 'string') {
    const e164 = toE164(phone, country);
    if (e164 === null) warnings.push(normalizeWarning('invalid_phone', 'phone', phone));
    else fields.set('phone', e164);
  }
  const industry = fields.get('industry');
  if (typeof industry === 'string') fields.set('industry', industry.toLowerCase());
  const title = fields.get('title');
  // An explicit level wins; "unknown" or an unrecognised one falls back to the title.
  const seniority =
    toSeniority(fields.get('seniority')) ??
    seniorityFromTitle(typeof title === 'string' ? title : null);
  fields.set('seniority', seniority);
}

function enrichEmail(fields: LeadFieldMap, warnings: NormalizeWarning[]): void {
  const sent = fields.get('email');
  let emailDomain: string | null = null;
  if (typeof sent === 'string') {
    const parsed = parseEmail(sent);
    fields.set('email', parsed.email);
    emailDomain = parsed.domain;
    if (emailDomain === null) warnings.push(normalizeWarning('invalid_email', 'email', sent));
  }
  fields.set('isFreeEmail', emailDomain !== null && isFreeEmailDomain(emailDomain));
  if (emailDomain !== null) {
    // The address's own domain beats a website field that may name a parent company.
    fields.set('domain', emailDomain);
    return;
  }
  const domain = fields.get('domain');
  if (typeof domain !== 'string') return;
  const host = parseDomain(domain);
  if (host === null) {
    fields.delete('domain');
    warnings.push(normalizeWarning('invalid_domain', 'domain', domain));
  } else {
    fields.set('domain', host);
  }
}

function enrichCountry(fields: LeadFieldMap, warnings: NormalizeWarning[]): string | null {
  const country = fields.get('country');
  if (typeof country !== 'string') return null;
  const code = toCountryCode(country);
  if (code === null) {
    warnings.push(normalizeWarning('unknown_country', 'country', country));
    return null;
  }
  fields.set('country', code);
  return code;
}
