import type { FieldDeclaration } from '@switchyard/flow';
import { describe, expect, it } from 'vitest';
import { customFieldTypes, fieldKindOf, isRecord, nestFields, readLeadField } from './lead-fields';

const custom = customFieldTypes([
  { key: 'custom.seats', type: 'number' },
  { key: 'custom.trial', type: 'boolean' },
  { key: 'custom.plan', type: 'string' },
]);

describe('fieldKindOf', () => {
  it.each([
    ['email', 'string'],
    ['employees', 'number'],
    ['utm.source', 'string'],
    ['utm.term', 'string'],
    ['utm.content', 'string'],
    ['custom.seats', 'number'],
    ['custom.trial', 'boolean'],
    ['custom.plan', 'string'],
    ['isFreeEmail', 'derived'],
    ['bucket', 'derived'],
    ['score', 'derived'],
  ])('classifies %s as %s', (key, kind) => {
    expect(fieldKindOf(key, custom)).toBe(kind);
  });

  it.each([
    'website',
    'custom.unknown',
    'match.n1.found',
    'utm',
    'utm.',
    'utm.a.b',
    'utm.__proto__',
    'custom.__proto__',
    '__proto__',
    'constructor',
    'Email',
    '',
  ])('does not know %j', (key) => {
    const tricky = customFieldTypes([{ key: 'custom.__proto__', type: 'string' }]);
    expect(fieldKindOf(key, tricky)).toBeUndefined();
  });
});

describe('customFieldTypes', () => {
  it('maps each declared custom key to its type', () => {
    expect([...custom]).toEqual([
      ['custom.seats', 'number'],
      ['custom.trial', 'boolean'],
      ['custom.plan', 'string'],
    ]);
  });

  it('ignores malformed declarations and a missing list', () => {
    const junk = [
      { key: 'seats', type: 'number' },
      { key: 'custom.x', type: 'date' },
      null,
      { key: 5, type: 'string' },
    ] as unknown as FieldDeclaration[];
    expect(customFieldTypes(junk).size).toBe(0);
    expect(customFieldTypes(undefined).size).toBe(0);
    expect(customFieldTypes('nope' as unknown as FieldDeclaration[]).size).toBe(0);
  });
});

describe('nestFields', () => {
  it('nests dotted keys and keeps plain ones', () => {
    const lead = nestFields(
      new Map<string, unknown>([
        ['email', 'ann@acme.example'],
        ['utm.source', 'google'],
        ['utm.medium', 'cpc'],
        ['custom.seats', 12],
      ]),
    );
    expect(lead).toEqual({
      email: 'ann@acme.example',
      utm: { source: 'google', medium: 'cpc' },
      custom: { seats: 12 },
    });
  });

  it('replaces a scalar that stands where an object must go', () => {
    const lead = nestFields(
      new Map<string, unknown>([
        ['utm', 'x'],
        ['utm.source', 'google'],
      ]),
    );
    expect(lead).toEqual({ utm: { source: 'google' } });
  });
});

describe('readLeadField', () => {
  const lead = { language: 'de', custom: { seats: 12 }, match: { n1: { found: true } } };

  it('reads a top-level or dotted path', () => {
    expect(readLeadField(lead, 'language')).toBe('de');
    expect(readLeadField(lead, 'custom.seats')).toBe(12);
    expect(readLeadField(lead, 'match.n1.found')).toBe(true);
  });

  it('gives undefined for missing paths and inherited properties', () => {
    expect(readLeadField(lead, 'custom.missing')).toBeUndefined();
    expect(readLeadField(lead, 'language.length')).toBeUndefined();
    expect(readLeadField(lead, 'constructor.name')).toBeUndefined();
    expect(readLeadField(lead, '__proto__')).toBeUndefined();
  });
});

describe('isRecord', () => {
  it('is true for plain objects', () => {
    expect(isRecord({})).toBe(true);
  });

  it('is false for null, arrays and scalars', () => {
    for (const value of [null, [], 'x', 1, undefined]) expect(isRecord(value)).toBe(false);
  });
});
