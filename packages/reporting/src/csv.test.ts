import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

const columns = [
  { key: 'version', label: 'Version' },
  { key: 'rate', label: 'Conversion rate' },
];

describe('toCsv', () => {
  it('writes a header and one CRLF-ended line per row', () => {
    const csv = toCsv({
      columns,
      rows: [
        { version: 'Version 4', rate: 0.179 },
        { version: 'Version 3', rate: 0.141 },
      ],
    });
    expect(csv).toBe('Version,Conversion rate\r\nVersion 4,0.179\r\nVersion 3,0.141');
  });

  // RFC 4180 §2: fields with commas, double quotes or line breaks are enclosed in double quotes,
  // and a double quote inside is escaped by preceding it with another double quote.
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = toCsv({
      columns,
      rows: [{ version: 'Round robin, "fair"', rate: null }, { version: 'two\nlines' }],
    });
    expect(csv).toBe('Version,Conversion rate\r\n"Round robin, ""fair""",\r\n"two\nlines",');
  });

  it('keeps spreadsheet formulas from running, but not negative numbers', () => {
    const csv = toCsv({ columns, rows: [{ version: '=HYPERLINK("x")', rate: -3.8 }] });
    expect(csv).toBe('Version,Conversion rate\r\n"\'=HYPERLINK(""x"")",-3.8');
  });

  it('rejects a table without columns', () => {
    expect(() => toCsv({ columns: [], rows: [] })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
