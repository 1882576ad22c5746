import { describe, expect, it } from 'vitest';
import { isFreeEmailDomain, parseDomain, parseEmail, toE164 } from './contact';

describe('parseEmail', () => {
  it.each([
    [' Ann@Acme.EXAMPLE ', 'ann@acme.example', 'acme.example'],
    ['first.last+tag@sub.acme.co.uk', 'first.last+tag@sub.acme.co.uk', 'sub.acme.co.uk'],
    ["o'neil@acme.com", "o'neil@acme.com", 'acme.com'],
    ['zoë@müller.de', 'zoë@müller.de', 'müller.de'],
    ['x@xn--mller-kva.de', 'x@xn--mller-kva.de', 'xn--mller-kva.de'],
  ])('reads %j as %j at %j', (text, email, domain) => {
    expect(parseEmail(text)).toEqual({ email, domain });
  });

  it.each([
    'ann',
    'ann@',
    '@acme.com',
    'ann@acme',
    'ann@acme.c',
    'ann @acme.com',
    'ann@@acme.com',
    'a@b@acme.com',
    '.ann@acme.com',
    'ann.@acme.com',
    'an..n@acme.com',
    'ann@-acme.com',
    'ann@acme..com',
    '"ann"@acme.com',
    `${'a'.repeat(65)}@acme.com`,
    `ann@${'a'.repeat(250)}.com`,
  ])('keeps %j lower-cased but finds no domain', (text) => {
    expect(parseEmail(text)).toEqual({ email: text.trim().toLowerCase(), domain: null });
  });
});

describe('isFreeEmailDomain', () => {
  it('knows free mailbox providers, in any case', () => {
    for (const domain of ['gmail.com', 'GMAIL.com', 'outlook.com', 'gmx.de', 'yahoo.co.uk']) {
      expect(isFreeEmailDomain(domain)).toBe(true);
    }
  });

  it('does not count company domains or subdomains of free providers', () => {
    for (const domain of ['acme.com', 'mail.gmail.com', 'gmail.com.evil.example', '']) {
      expect(isFreeEmailDomain(domain)).toBe(false);
    }
  });
});

describe('parseDomain', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['https://www.Acme.com/pricing?x=1#top', 'acme.com'],
    ['http://user:pw@shop.acme.co.uk:8080/a', 'shop.acme.co.uk'],
    ['www.acme.io', 'acme.io'],
    ['//acme.dev/', 'acme.dev'],
    ['acme.com.', 'acme.com'],
    ['www2.acme.com', 'acme.com'],
  ])('reads %j as %j', (text, host) => {
    expect(parseDomain(text)).toBe(host);
  });

  it.each(['n/a', 'acme', 'https://', 'localhost', 'http://192.168.0.1', '', 'a'.repeat(3000)])(
    'refuses %j',
    (text) => {
      expect(parseDomain(text)).toBeNull();
    },
  );
});

describe('toE164', () => {
  it.each([
    ['+1 (415) 555-2671', null, '+14155552671'],
    ['(415) 555-2671', 'US', '+14155552671'],
    ['415.555.2671', 'US', '+14155552671'],
    ['030 1234567', 'DE', '+49301234567'],
    ['0049 30 1234567', 'DE', '+49301234567'],
    ['+44 20 7946 0958', 'US', '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['4155552671', 'US', '+14155552671'],
    ['+1 415 555 2671 ext. 12', null, '+14155552671'],
  ])('reads %j (default region %s) as %s', (text, country, e164) => {
    expect(toE164(text, country)).toBe(e164);
  });

  it('ignores a default region the metadata does not know', () => {
    expect(toE164('+14155552671', 'XX')).toBe('+14155552671');
  });

  it.each([
    ['call me', 'US'],
    ['12', 'US'],
    ['(415) 555-2671', null],
    ['+1 415', null],
    ['1'.repeat(200), 'US'],
    ['', 'DE'],
  ])('refuses %j (default region %s)', (text, country) => {
    expect(toE164(text, country)).toBeNull();
  });
});
