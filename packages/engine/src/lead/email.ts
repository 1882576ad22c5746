import freeEmailDomains from 'free-email-domains';

const freeDomains: ReadonlySet<string> = new Set(freeEmailDomains);
// Deliberately loose: one @, something before it, a dotted domain after it, no spaces.
const plausibleEmail = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/;

/** Lower-cased e-mail with its domain when it looks like an address, else just the text. */
export function parseEmail(value: string): { email: string; domain: string | null } {
  const email = value.trim().toLowerCase();
  const match = plausibleEmail.exec(email);
  return { email, domain: match?.[1] ?? null };
}

/** True when the domain is a free mailbox provider (the maintained `free-email-domains` list). */
export function isFreeEmailDomain(domain: string): boolean {
  return freeDomains.has(domain.toLowerCase());
}

/** A company domain from a website field: strips scheme, `www.`, path and port. */
export function domainFromWebsite(value: string): string | null {
  const host = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .split(/[/?#:]/)[0];
  return host && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
}
