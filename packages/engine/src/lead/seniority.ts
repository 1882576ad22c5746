import { seniorityLevels } from '@switchyard/flow';

export type Seniority = (typeof seniorityLevels)[number];

// Checked in order, most senior first; each pattern matches whole words only.
const rules: Array<[Seniority, RegExp]> = [
  [
    'c_level',
    /\b(ceo|cto|cfo|coo|cmo|cro|cio|ciso|cpo|chief|founder|co ?founder|owner|president|managing director|geschaftsfuhrer|gerant|partner)\b/,
  ],
  ['vp', /\b(vp|svp|evp|avp|vice president|head)\b/],
  ['director', /\b(director|directeur|directrice|direktor|directora?)\b/],
  ['manager', /\b(manager|lead|team lead|supervisor|leiter|leiterin)\b/],
];

/** The seniority level a job title implies; `unknown` without a title, `individual` otherwise. */
export function seniorityFromTitle(title: string | null | undefined): Seniority {
  if (!title) return 'unknown';
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (words === '') return 'unknown';
  // "Vice President" must not read as president (c_level).
  if (/\bvice president\b/.test(words)) return 'vp';
  for (const [level, pattern] of rules) if (pattern.test(words)) return level;
  return 'individual';
}

/** True for one of the catalogue's seniority levels. */
export function isSeniority(value: unknown): value is Seniority {
  return typeof value === 'string' && (seniorityLevels as readonly string[]).includes(value);
}
