import { describe, expect, it } from 'vitest';
import { columnType, parseCsvLeads } from './csv-leads';

const flow = { fields: [{ key: 'custom.seats', type: 'number' as const }] };

function leads(text: string) {
  const result = parseCsvLeads(text, 'leads.csv', flow);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((entry) => entry.lead);
}

function failure(text: string) {
  const result = parseCsvLeads(text, 'leads.csv', flow);
  if (result.ok) throw new Error('expected the CSV to be refused');
  return result.error;
}

describe('columnType', () => {
  it('reads the catalogue, the declared fields and match results', () => {
    expect(columnType('employees', flow)).toBe('number');
    expect(columnType('isFreeEmail', flow)).toBe('boolean');
    expect(columnType('custom.seats', flow)).toBe('number');
    expect(columnType('match.acct.found', flow)).toBe('boolean');
    expect(columnType('match.acct.ownerId', flow)).toBe('string');
    expect(columnType('custom.unknown', flow)).toBe('string');
  });
});

describe('parseCsvLeads', () => {
  it('types cells and nests dotted columns', () => {
    const text = [
      'email,employees,isFreeEmail,utm.source,custom.seats,match.acct.found,postalCode',
      'ada@acme.com,1200,false,linkedin,25,TRUE,02139',
    ].join('\n');
    expect(leads(text)).toEqual([
      {
        email: 'ada@acme.com',
        employees: 1200,
        isFreeEmail: false,
        utm: { source: 'linkedin' },
        custom: { seats: 25 },
        match: { acct: { found: true } },
        postalCode: '02139',
      },
    ]);
  });

  it('leaves empty cells out and skips blank lines', () => {
    expect(leads('email,employees,utm.source\nbo@x.io,,\n\n,7, \n')).toEqual([
      { email: 'bo@x.io' },
      { employees: 7 },
    ]);
  });

  it('names leads by their name or e-mail column', () => {
    const result = parseCsvLeads(
      'name,email,employees\nAda,a@b.c,\n,c@d.e,\n,,5\n',
      'leads.csv',
      flow,
    );
    expect(result.ok && result.value.map((entry) => entry.name)).toEqual([
      'Ada',
      'c@d.e',
      'lead 3',
    ]);
  });

  it('reads semicolon-separated files', () => {
    expect(leads('email;employees\nada@acme.com;60\n')).toEqual([
      { email: 'ada@acme.com', employees: 60 },
    ]);
  });

  it('rejects a number column holding words, naming line and column', () => {
    expect(failure('email,employees\na@b.c,50\nc@d.e,about 50\n')).toEqual({
      code: 'invalid_csv',
      message: '"leads.csv" line 3, column "employees": "about 50" is not a number.',
    });
  });

  it('rejects a boolean that is not true or false', () => {
    expect(failure('isFreeEmail\nyes\n').message).toContain('"yes" is not true or false');
  });

  it('rejects a bad header', () => {
    expect(failure('').message).toBe(
      '"leads.csv" is empty: expected a header row such as "email,employees".',
    );
    expect(failure('email,email\na,b\n').message).toContain('the column "email" appears twice');
    expect(failure('email,,employees\na,b,1\n').message).toContain(
      'column 2 of the header has no name',
    );
    expect(failure('utm,utm.source\na,b\n').message).toContain(
      '"utm" cannot be a value and a group',
    );
    expect(failure('utm..source\na\n').message).toContain('is not a field path');
    expect(failure('__proto__.polluted\nyes\n').message).toContain('is not a field path');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a row with more cells than the header', () => {
    expect(failure('email,employees\na@b.c,5,extra\n')).toEqual({
      code: 'invalid_csv',
      message: '"leads.csv" line 2: Too many fields: expected 2 fields but parsed 3.',
    });
  });
});
