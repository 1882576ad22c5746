import type { z } from 'zod';

// What each setting of a step is called on the inspector, so that a schema problem reads
// "the fallback pool is not set yet", not "config.fallback.pool: Too small: expected string
// to have >=1 characters" (issue 20). Keyed by the setting's name, or by its last two names
// where the last alone is ambiguous.
const settingWords: Readonly<Record<string, string>> = {
  'fallback.pool': 'the fallback pool',
  'fallback.rep': 'the fallback rep',
  fallback: 'the fallback',
  team: 'the team',
  strategy: 'the strategy',
  type: 'the kind',
  repId: 'the rep',
  rule: 'the condition',
  when: 'the condition',
  cases: 'the cases',
  arms: 'the arms',
  weight: 'the share',
  points: 'the points',
  rules: 'the rules',
  bands: 'the grade bands',
  grade: 'the grade',
  min: 'the lowest score',
  dailyCap: 'the daily cap',
  openCap: 'the open-lead cap',
  withinDays: 'the number of days',
  windowDays: 'the number of days',
  minLeads: 'the minimum number of leads',
  claimSlaMinutes: 'the time to claim',
  country: 'the country',
  state: 'the state or region',
  postalPrefix: 'the postal code prefix',
  by: 'the field',
  field: 'the field',
  skill: 'the skill',
  skills: 'the skills',
  label: 'the name',
  reason: 'the reason',
  sources: 'the sources',
  mode: 'the mode',
  onUnavailable: 'what happens when nobody is available',
};

/** The setting a path inside a step's config points at, in the inspector's words. */
export function settingName(path: readonly (string | number)[]): string {
  const names = path.filter((key): key is string => typeof key === 'string' && key !== 'config');
  const last = names.at(-1);
  if (last === undefined) return 'its settings';
  const pair = names.slice(-2).join('.');
  const words = settingWords[pair] ?? settingWords[last] ?? spaced(last);
  const index = path.at(-1) === last ? path.at(-2) : path.at(-1);
  return typeof index === 'number' ? `${words} (item ${index + 1})` : words;
}

function spaced(name: string): string {
  return `the ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

// zod's own sentences; a message we wrote ("Choose a team.") is shown as it is.
const zodSentence = /^(Too (small|big)|Invalid|Unrecognized key|Expected|Required)/;

/** One schema problem of a step's config, as a sentence a manager understands. */
export function plainSchemaProblem(input: {
  issue: z.core.$ZodIssue;
  /** The path inside the step (after `nodes[i]`). */
  path: readonly (string | number)[];
  /** The value found there: undefined when the setting is missing. */
  value: unknown;
}): string {
  const { issue, path, value } = input;
  if (!zodSentence.test(issue.message)) return issue.message;
  const what = settingName(path);
  if (value === undefined && issue.code !== 'unrecognized_keys')
    return `${capital(what)} is not set yet.`;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? `${capital(what)} is not set yet.`
          : `${capital(what)} needs at least ${issue.minimum} characters.`;
      if (issue.origin === 'array') return `Add at least ${issue.minimum} to ${what}.`;
      return `${capital(what)} must be at least ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string')
        return `${capital(what)} may have at most ${issue.maximum} characters.`;
      if (issue.origin === 'array') return `${capital(what)} may hold at most ${issue.maximum}.`;
      return `${capital(what)} must be at most ${issue.maximum}.`;
    case 'invalid_type':
      return `${capital(what)} must be ${typeWords[issue.expected] ?? issue.expected}.`;
    case 'unrecognized_keys':
      return `${capital(what)} has settings this version does not know: ${issue.keys.join(', ')}.`;
    case 'invalid_value':
      return `${capital(what)} must be one of: ${issue.values.map(String).join(', ')}.`;
    default:
      return `${capital(what)} is not valid.`;
  }
}

const typeWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of settings',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
