import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

for (const locale of [en, de, fr, es]) countries.registerLocale(locale);

// Names people type that the ISO lists do not carry.
const aliases: Record<string, string> = {
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  britain: 'GB',
  'united states': 'US',
  america: 'US',
  holland: 'NL',
  'south korea': 'KR',
  korea: 'KR',
  russia: 'RU',
  'czech republic': 'CZ',
  czechia: 'CZ',
  uae: 'AE',
  deutschland: 'DE',
  schweiz: 'CH',
  österreich: 'AT',
};

/** ISO 3166-1 alpha-2 code for a country name (en, de, fr, es), alpha-2 or alpha-3 code; null if unknown. */
export function toCountryCode(value: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  const compact = text.replace(/\./g, '').toUpperCase();
  if (compact.length === 2 && countries.isValid(compact)) return compact;
  if (compact === 'UK') return 'GB';
  if (compact.length === 3 && countries.isValid(compact))
    return countries.alpha3ToAlpha2(compact) ?? null;
  const lower = text.toLowerCase();
  if (aliases[lower]) return aliases[lower];
  for (const lang of ['en', 'de', 'fr', 'es']) {
    const code = countries.getAlpha2Code(text, lang) ?? countries.getSimpleAlpha2Code(text, lang);
    if (code) return code;
  }
  return null;
}
