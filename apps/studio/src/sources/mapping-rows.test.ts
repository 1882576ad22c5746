import { describe, expect, it } from 'vitest';
import { mappingToRows, rowsToMapping, targetChoices } from './mapping-rows';

describe('mapping rows', () => {
  it('round-trips the API mapping through editor rows', () => {
    const mapping = {
      email: 'Work Email',
      'custom.seats': '$.data.fields[?(@.key=="seats")].value',
      company: 'company|organisation',
    };
    const rows = mappingToRows(mapping);
    expect(rows.map(({ source, target }) => [source, target])).toEqual([
      ['Work Email', 'email'],
      ['$.data.fields[?(@.key=="seats")].value', 'custom.seats'],
      ['company|organisation', 'company'],
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
    expect(rowsToMapping(rows)).toEqual({ ok: true, value: mapping });
  });

  it('drops blank rows and trims what was typed', () => {
    const rows = [
      { key: 'a', source: '  Work Email ', target: 'email' },
      { key: 'b', source: '', target: '' },
    ];
    expect(rowsToMapping(rows)).toEqual({ ok: true, value: { email: 'Work Email' } });
    expect(rowsToMapping([])).toEqual({ ok: true, value: {} });
  });

  it('refuses a half-filled row and a lead field mapped twice', () => {
    expect(rowsToMapping([{ key: 'a', source: 'Phone', target: '' }])).toEqual({
      ok: false,
      message: 'Choose the lead field "Phone" fills.',
    });
    expect(rowsToMapping([{ key: 'a', source: ' ', target: 'phone' }])).toEqual({
      ok: false,
      message: 'Say where to read "phone" from.',
    });
    const twice = [
      { key: 'a', source: 'mail', target: 'email' },
      { key: 'b', source: 'e-mail', target: 'email' },
    ];
    expect(rowsToMapping(twice)).toEqual({
      ok: false,
      message: '"email" is mapped twice; keep one row for it.',
    });
  });
});

describe('targetChoices', () => {
  it("offers mappable catalogue fields and the flow's custom fields, not derived ones", () => {
    const groups = targetChoices([
      { key: 'custom.seats', label: 'Seats' },
      { key: 'notcustom', label: 'Ignored' },
    ]);
    const values = groups.flatMap((g) => g.items.map((item) => item.value));
    expect(values).toContain('email');
    expect(values).toContain('utm.term');
    expect(values).not.toContain('isFreeEmail');
    expect(values).not.toContain('notcustom');
    expect(groups[1]).toEqual({
      group: "This flow's custom fields",
      items: [{ value: 'custom.seats', label: 'Seats (custom.seats)' }],
    });
    expect(targetChoices([])).toHaveLength(1);
  });
});
