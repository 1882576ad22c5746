import { describe, expect, it } from 'vitest';
import {
  computedField,
  moreUnknownFields,
  type NormalizeWarningCode,
  normalizeWarning,
} from './warnings';

const codes: NormalizeWarningCode[] = [
  'invalid_email',
  'invalid_domain',
  'unknown_country',
  'invalid_phone',
  'not_a_number',
  'not_a_boolean',
  'not_a_text',
  'too_long',
  'unknown_field',
];

describe('normalizeWarning', () => {
  it.each(codes)('words %s as a sentence', (code) => {
    const warning = normalizeWarning(code, 'employees', 'lots');
    expect(warning.field).toBe('employees');
    expect(warning.code).toBe(code);
    expect(warning.message).toMatch(/^[A-Z"].*\.$/);
  });

  it('quotes a short value, and cuts a long one', () => {
    expect(normalizeWarning('not_a_number', 'budget', 'lots').message).toBe(
      '"lots" is not a number; it was left out.',
    );
    const long = normalizeWarning('invalid_email', 'email', 'x'.repeat(10_000));
    expect(long.message.length).toBeLessThan(120);
  });

  it('does not quote objects or huge keys', () => {
    const warning = normalizeWarning('not_a_number', 'k'.repeat(5000), { toString: 'evil' });
    expect(warning.message).toBe('The value is not a number; it was left out.');
    expect(warning.field.length).toBe(100);
  });
});

describe('computedField and moreUnknownFields', () => {
  it('say a computed field was ignored and how many more fields were left out', () => {
    expect(computedField('bucket')).toMatchObject({ field: 'bucket', code: 'unknown_field' });
    expect(moreUnknownFields(7).message).toBe(
      '7 more fields are not part of the lead; they were left out.',
    );
  });

  it('keep the unknown_field code so consumers need no new case', () => {
    expect(computedField('score').code).toBe('unknown_field');
    expect(moreUnknownFields(1).field).toBe('*');
  });
});
