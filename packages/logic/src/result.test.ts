import { describe, expect, it } from 'vitest';
import { err, type Failure, ok, type Result } from './result';

type Parsed = Result<number, Failure<'not_a_number'>>;

const parse = (text: string): Parsed =>
  Number.isNaN(Number(text))
    ? err({ code: 'not_a_number', message: `"${text}" is not a number.` })
    : ok(Number(text));

describe('Result', () => {
  it('wraps a value', () => {
    expect(parse('42')).toEqual({ ok: true, value: 42 });
  });

  it('wraps a failure with its code and message', () => {
    const result = parse('forty-two');
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_a_number', message: '"forty-two" is not a number.' },
    });
    // The union narrows on `ok`.
    if (!result.ok) expect(result.error.code).toBe('not_a_number');
  });
});
