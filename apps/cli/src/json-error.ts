/**
 * Node 20's JSON.parse names the position of some syntax errors ("at position 13") but not of
 * others ("Unexpected token '}', "{"a": }" is not valid JSON"), and never the line. This file
 * finds the offset itself with a small scanner of the JSON grammar, run only after a failure.
 */

const whitespace = new Set([' ', '\t', '\n', '\r']);
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapePattern = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Offset of the first character that breaks the JSON grammar, or undefined if none does. */
export function findJsonErrorOffset(text: string): number | undefined {
  let at = 0;
  // Moves past `count` characters; returns true so a parse step can end with `return step(1)`.
  const step = (count: number) => {
    at += count;
    return true;
  };
  const skipSpace = () => {
    while (at < text.length && whitespace.has(text.charAt(at))) at++;
  };
  const expect = (char: string) => {
    skipSpace();
    return text.charAt(at) === char && step(1);
  };
  const string = (): boolean => {
    if (text.charAt(at) !== '"') return false;
    for (step(1); at < text.length; ) {
      const char = text.charAt(at);
      if (char === '"') return step(1);
      if (char < ' ') return false;
      if (char !== '\\') {
        step(1);
        continue;
      }
      escapePattern.lastIndex = at;
      if (!escapePattern.test(text)) return false;
      at = escapePattern.lastIndex;
    }
    return false;
  };
  const list = (close: string, item: () => boolean): boolean => {
    step(1);
    skipSpace();
    if (text.charAt(at) === close) return step(1);
    for (;;) {
      if (!item()) return false;
      skipSpace();
      if (text.charAt(at) === close) return step(1);
      if (!expect(',')) return false;
    }
  };
  const member = () => {
    skipSpace();
    return string() && expect(':') && value();
  };
  const value = (): boolean => {
    skipSpace();
    const char = text.charAt(at);
    if (char === '{') return list('}', member);
    if (char === '[') return list(']', value);
    if (char === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, at)) return step(literal.length);
    }
    numberPattern.lastIndex = at;
    if (!numberPattern.test(text)) return false;
    return step(numberPattern.lastIndex - at);
  };
  if (!value()) return at;
  skipSpace();
  return at < text.length ? at : undefined;
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** "line 3, column 5: Expected ',' or '}' after property value." */
export function describeJsonError(text: string, error: SyntaxError): string {
  const reason = error.message
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, .*is not valid JSON$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  const offset = findJsonErrorOffset(text);
  if (offset === undefined) return `${reason}.`;
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}: ${reason}.`;
}
