import { describe, expect, it } from 'vitest';
import { describeJsonError, findJsonErrorOffset, lineAndColumn } from './json-error';

function syntaxError(text: string): SyntaxError {
  try {
    JSON.parse(text);
  } catch (error) {
    return error as SyntaxError;
  }
  throw new Error(`expected ${text} to be invalid JSON`);
}

describe('findJsonErrorOffset', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', ' [1, -2.5e3, "a\\n\\u00e9", true, null, {"a": [false]}] ', '"x"']) {
      expect(findJsonErrorOffset(text)).toBeUndefined();
    }
  });

  it('points at the first character that breaks the grammar', () => {
    expect(findJsonErrorOffset('{"a": }')).toBe(6);
    expect(findJsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(findJsonErrorOffset('{\n  "a": 1\n  "b": 2\n}')).toBe(13);
    expect(findJsonErrorOffset('[1, 2')).toBe(5);
    expect(findJsonErrorOffset('{} x')).toBe(3);
    expect(findJsonErrorOffset('"tab\there"')).toBe(4);
    expect(findJsonErrorOffset('"\\x"')).toBe(1);
  });
});

describe('describeJsonError', () => {
  it('gives line and column where Node 20 gives only the token', () => {
    const text = '{\n  "name": "x",\n  "nodes": }\n';
    expect(describeJsonError(text, syntaxError(text))).toBe(
      "line 3, column 12: Unexpected token '}'.",
    );
  });

  it('keeps Node’s reason and drops its position', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    expect(describeJsonError(text, syntaxError(text))).toBe(
      "line 3, column 3: Expected ',' or '}' after property value.",
    );
  });

  it('reports an empty file', () => {
    expect(describeJsonError('', syntaxError(''))).toBe(
      'line 1, column 1: Unexpected end of JSON input.',
    );
  });
});

describe('lineAndColumn', () => {
  it('counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
