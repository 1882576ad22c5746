/** The value type of a lead field, as conditions see it after enrichment. */
export type FieldType = 'string' | 'number' | 'boolean';

/** One field of the canonical lead: what conditions may read and the studio offers in pickers. */
export type LeadField = {
  key: string;
  label: string;
  type: FieldType;
  description: string;
  /** The closed set of values the enrichment step produces, where there is one. */
  values?: readonly string[];
};

/** Seniority levels that enrichment derives from a job title, most senior first. */
export const seniorityLevels = [
  'c_level',
  'vp',
  'director',
  'manager',
  'individual',
  'unknown',
] as const;

/**
 * The canonical lead, enriched: every field a condition may read besides the flow's declared
 * `custom.*` fields, `match.<nodeId>.*` and (after a score node) `score` and `grade`.
 */
export const leadFields: readonly LeadField[] = [
  { key: 'email', label: 'E-mail', type: 'string', description: 'Lower-cased e-mail address.' },
  {
    key: 'domain',
    label: 'E-mail domain',
    type: 'string',
    description: 'The part of the e-mail after the @, lower-cased.',
  },
  {
    key: 'isFreeEmail',
    label: 'Free e-mail',
    type: 'boolean',
    description: 'True when the domain is a free mailbox provider such as gmail.com.',
  },
  { key: 'firstName', label: 'First name', type: 'string', description: 'Given name.' },
  { key: 'lastName', label: 'Last name', type: 'string', description: 'Family name.' },
  { key: 'phone', label: 'Phone', type: 'string', description: 'Phone number in E.164 form.' },
  { key: 'company', label: 'Company', type: 'string', description: 'Company name as entered.' },
  { key: 'title', label: 'Job title', type: 'string', description: 'Job title as entered.' },
  {
    key: 'seniority',
    label: 'Seniority',
    type: 'string',
    description: 'Seniority derived from the job title.',
    values: seniorityLevels,
  },
  {
    key: 'country',
    label: 'Country',
    type: 'string',
    description: 'ISO 3166-1 alpha-2 country code, upper case (US, DE, GB).',
  },
  {
    key: 'state',
    label: 'State or region',
    type: 'string',
    description: 'State, province or region code (CA, NY, BY).',
  },
  { key: 'postalCode', label: 'Postal code', type: 'string', description: 'Postal or ZIP code.' },
  { key: 'city', label: 'City', type: 'string', description: 'City name.' },
  { key: 'industry', label: 'Industry', type: 'string', description: 'Industry, lower-case.' },
  {
    key: 'employees',
    label: 'Employees',
    type: 'number',
    description: 'Number of employees at the company.',
  },
  {
    key: 'annualRevenue',
    label: 'Annual revenue',
    type: 'number',
    description: 'Company annual revenue in US dollars.',
  },
  { key: 'budget', label: 'Budget', type: 'number', description: 'Stated budget in US dollars.' },
  { key: 'product', label: 'Product', type: 'string', description: 'Product of interest.' },
  {
    key: 'language',
    label: 'Language',
    type: 'string',
    description: 'Preferred language, ISO 639-1 (en, de, fr).',
  },
  { key: 'source', label: 'Source', type: 'string', description: 'The source (form) id.' },
  { key: 'utm.source', label: 'UTM source', type: 'string', description: 'utm_source.' },
  { key: 'utm.medium', label: 'UTM medium', type: 'string', description: 'utm_medium.' },
  { key: 'utm.campaign', label: 'UTM campaign', type: 'string', description: 'utm_campaign.' },
  {
    key: 'bucket',
    label: 'A/B bucket',
    type: 'number',
    description: "Stable 0–99 hash of the lead's identity; the same person always gets the same.",
  },
];

const leadFieldsByKey = new Map(leadFields.map((field) => [field.key, field]));

/** The catalogue entry of a canonical lead field, or undefined. */
export function findLeadField(key: string): LeadField | undefined {
  return leadFieldsByKey.get(key);
}

/** The two fields a match node fills before the decision, as `match.<nodeId>.<field>`. */
export const matchFields = ['found', 'ownerId'] as const;

/** The path a match node's result is read from. */
export function matchFieldPath(nodeId: string, field: (typeof matchFields)[number]): string {
  return `match.${nodeId}.${field}`;
}
