import { seniorityLevels } from '@switchyard/flow';

/** One of the catalogue's seniority levels. */
export type Seniority = (typeof seniorityLevels)[number];

// Each pattern reads whole words of the folded title (see `foldTitle`), checked in this order.
const cLevel =
  /\b(?:c[a-z]?o|ciso|chief|c level|c suite|cxo|founder|cofounder|co founder|founding partner|owner|president|chair(?:man|woman|person)?|managing director|managing partner|general partner|board member|geschaftsfuhrer(?:in)?|inhaber(?:in)?|grunder(?:in)?)\b/;
const vp = /\b(?:vp|svp|evp|avp|vice president|vicepresident|head|heads)\b/;
const director = /\b(?:director|directors|dir|directeur|directrice|direktor(?:in)?)\b/;
const manager =
  /\b(?:manager|managers|mgr|lead|leader|teamlead|supervisor|foreman|leiter(?:in)?)\b/;
// Support roles attached to a senior title ("Assistant to the CEO", "CEO assistant").
const support = /\b(?:assistant|secretary|intern|trainee|apprentice|student)\b/;
// A rank word turns a support word into a deputy rank ("Assistant Director" is a director).
const deputy = /\b(?:assistant|associate|deputy) (?=director|manager|vp|vice president|head)/g;
// Titles whose keyword is not a rank: the owner of a product, the lead in "lead generation".
const falseFriends =
  /\b(?:product|process|account|data|service|content|project|business process) owner\b|\blead gen(?:eration)?\b|\bleads\b/g;
// Three-letter C titles (CEO, CFO, COO, …); other c?o words are not titles.
const cTitles = new Set([
  'ceo',
  'cto',
  'cfo',
  'coo',
  'cmo',
  'cro',
  'cio',
  'cso',
  'cpo',
  'cdo',
  'cco',
  'cao',
  'cho',
  'cgo',
]);

/**
 * Lower case, no accents, "." removed ("V.P." → "vp"), every other mark a space: the form the
 * keyword rules read, so they are case- and punctuation-insensitive.
 */
export function foldTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The seniority a job title implies: CEO/CTO/…/Chief/Founder/Owner/President → c_level,
 * VP/Vice President/SVP/EVP/Head of → vp, Director → director, Manager/Lead/Team lead →
 * manager, any other title → individual, no title → unknown.
 */
export function seniorityFromTitle(title: string | null | undefined): Seniority {
  const words = title ? foldTitle(title.slice(0, 200)) : '';
  if (words === '') return 'unknown';
  const ranked = words.replace(deputy, '').replace(falseFriends, ' ');
  // "Vice President" must not read as President; it is its own rank.
  const withoutVice = ranked.replace(/\bvice president\b/g, 'vp');
  if (isCLevel(withoutVice)) return 'c_level';
  if (support.test(ranked)) return 'individual';
  if (vp.test(withoutVice)) return 'vp';
  if (director.test(ranked)) return 'director';
  if (manager.test(ranked)) return 'manager';
  return 'individual';
}

function isCLevel(words: string): boolean {
  if (support.test(words)) return false;
  const match = words.match(new RegExp(cLevel.source, 'g')) ?? [];
  return match.some((word) => !/^c[a-z]?o$/.test(word) || cTitles.has(word));
}

/** An explicit seniority as sent ("C-Level", "VP"), if it names a level other than unknown. */
export function toSeniority(value: unknown): Seniority | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const level = foldTitle(value).replace(/ /g, '_');
  const known = (seniorityLevels as readonly string[]).includes(level) && level !== 'unknown';
  return known ? (level as Seniority) : null;
}
