import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

// What people type that the locale files do not list (or list only in another language).
const aliases: ReadonlyArray<readonly [string, string]> = [
  ['uk', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['northern ireland', 'GB'],
  ['great britain', 'GB'],
  ['britain', 'GB'],
  ['united states', 'US'],
  ['united states of america', 'US'],
  ['america', 'US'],
  ['holland', 'NL'],
  ['netherlands', 'NL'],
  ['south korea', 'KR'],
  ['korea', 'KR'],
  ['north korea', 'KP'],
  ['russia', 'RU'],
  ['czech republic', 'CZ'],
  ['czechia', 'CZ'],
  ['ivory coast', 'CI'],
  ['uae', 'AE'],
  ['emirates', 'AE'],
  ['vatican', 'VA'],
  ['macedonia', 'MK'],
  ['burma', 'MM'],
  ['turkey', 'TR'],
  ['turkiye', 'TR'],
  ['brasil', 'BR'],
  ['deutschland', 'DE'],
  ['schweiz', 'CH'],
  ['suisse', 'CH'],
  ['svizzera', 'CH'],
  ['osterreich', 'AT'],
  ['espana', 'ES'],
  ['mexico', 'MX'],
  ['taiwan', 'TW'],
  ['palestine', 'PS'],
];

const locales = [en, de, fr, es];
let index: ReadonlyMap<string, string> | undefined;

// Registering locales mutates the library's registry, so it happens on first use, not on import.
function buildIndex(): ReadonlyMap<string, string> {
  const byKey = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = countryKey(name);
    if (key !== '' && !byKey.has(key)) byKey.set(key, code);
  };
  for (const code of Object.keys(countries.getAlpha2Codes())) add(code, code);
  for (const [alpha3, alpha2] of Object.entries(countries.getAlpha3Codes())) add(alpha3, alpha2);
  for (const [alias, code] of aliases) add(alias, code);
  for (const locale of locales) {
    countries.registerLocale(locale);
    const names = countries.getNames(locale.locale, { select: 'all' });
    for (const [code, list] of Object.entries(names)) for (const name of list) add(name, code);
  }
  return byKey;
}

/**
 * Folds what people type into one lookup key: no accents, case, dots or punctuation, "&" as
 * "and", no leading "the" ("U.S." → "us", "Côte d'Ivoire" → "cote divoire").
 */
export function countryKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The ISO 3166-1 alpha-2 code (upper case) of a country name in English, German, French or
 * Spanish, an alpha-2 or alpha-3 code, or a common alias (USA, U.K., England, Deutschland).
 * Null when unknown.
 */
export function toCountryCode(text: string): string | null {
  if (text.length > 100) return null;
  index ??= buildIndex();
  return index.get(countryKey(text)) ?? null;
}
