import { describe, expect, it } from 'vitest';
import { cut, maxTextLength, toText } from './text';

describe('toText', () => {
  it('trims strings and writes numbers and booleans as text', () => {
    expect(toText('  Acme Inc. ')).toEqual({ text: 'Acme Inc.', problem: null });
    expect(toText(42)).toEqual({ text: '42', problem: null });
    expect(toText(true)).toEqual({ text: 'true', problem: null });
    expect(toText(10n)).toEqual({ text: '10', problem: null });
  });

  it('reads empty text, null and undefined as absent, without a problem', () => {
    for (const raw of ['', '   ', null, undefined, []]) {
      expect(toText(raw)).toEqual({ text: null, problem: null });
    }
  });

  it('joins a list of answers (checkboxes) with commas, skipping empty ones', () => {
    expect(toText(['Analytics', ' ', 'CRM', 3])).toEqual({
      text: 'Analytics, CRM, 3',
      problem: null,
    });
  });

  it('refuses objects, nested lists, functions and non-finite numbers as text', () => {
    for (const raw of [{ a: 1 }, [['x']], [{}], () => 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(toText(raw)).toEqual({ text: null, problem: 'not_a_text' });
    }
  });

  it('keeps long text up to the limit', () => {
    const text = 'x'.repeat(maxTextLength);
    expect(toText(text)).toEqual({ text, problem: null });
  });

  it('cuts huge text and a huge list to the limit, saying so', () => {
    const result = toText('y'.repeat(5_000_000));
    expect(result).toEqual({ text: 'y'.repeat(maxTextLength), problem: 'too_long' });
    const list = toText(Array.from({ length: 100_000 }, () => 'word'));
    expect(list.problem).toBe('too_long');
    expect(list.text?.length).toBeLessThanOrEqual(maxTextLength);
  });
});

describe('cut', () => {
  it('cuts to the given length and trims the end', () => {
    expect(cut('hello world', 6)).toBe('hello');
    expect(cut('short', 10)).toBe('short');
  });

  it('never leaves half of a surrogate pair', () => {
    const text = `ab${'😀'}`;
    expect(cut(text, 3)).toBe('ab');
    expect(cut(text, 4)).toBe(text);
  });
});
