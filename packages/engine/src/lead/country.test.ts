import { describe, expect, it } from 'vitest';
import { countryKey, toCountryCode } from './country';

describe('toCountryCode', () => {
  it.each([
    ['US', 'US'],
    ['us', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['U.S.A.', 'US'],
    ['United States', 'US'],
    ['united states of america', 'US'],
    ['America', 'US'],
    ['UK', 'GB'],
    ['U.K.', 'GB'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['Scotland', 'GB'],
    ['United Kingdom', 'GB'],
    ['GBR', 'GB'],
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['DEU', 'DE'],
    ['Allemagne', 'DE'],
    ['Alemania', 'DE'],
    ['Österreich', 'AT'],
    ['Schweiz', 'CH'],
    ['Suisse', 'CH'],
    ['España', 'ES'],
    ['Espana', 'ES'],
    ['The Netherlands', 'NL'],
    ['Holland', 'NL'],
    ["Côte d'Ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['South Korea', 'KR'],
    ['Bosnia & Herzegovina', 'BA'],
    ['  france  ', 'FR'],
    ['Brasil', 'BR'],
    ['Japan', 'JP'],
  ])('reads %j as %s', (text, code) => {
    expect(toCountryCode(text)).toBe(code);
  });

  it.each(['Atlantis', 'XX', 'Planet Earth', '', '!!!', 'a'.repeat(500)])(
    'does not know %j',
    (text) => {
      expect(toCountryCode(text)).toBeNull();
    },
  );
});

describe('countryKey', () => {
  it('folds case, accents, dots and punctuation', () => {
    expect(countryKey(" Côte d'Ivoire ")).toBe('cote divoire');
    expect(countryKey('U.S.A.')).toBe('usa');
    expect(countryKey('The Bahamas')).toBe('bahamas');
    expect(countryKey('Großbritannien')).toBe('grossbritannien');
  });

  it('gives an empty key for text without letters or digits', () => {
    expect(countryKey(' -- ')).toBe('');
  });
});
