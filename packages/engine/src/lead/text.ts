/** Longest text kept for one field; longer values are cut so a hostile payload stays small. */
export const maxTextLength = 1000;

/** A field value read as text, and what was wrong with it if anything. */
export type TextResult = { text: string | null; problem: 'not_a_text' | 'too_long' | null };

/**
 * Reads a form value as trimmed text. Scalars become text, a list of scalars (checkbox answers)
 * is joined with ", ", empty text is absent (null), objects are not text. Never throws.
 */
export function toText(raw: unknown): TextResult {
  const text = scalarText(raw);
  if (text === undefined) return { text: null, problem: 'not_a_text' };
  const trimmed = text.trim();
  if (trimmed === '') return { text: null, problem: null };
  if (trimmed.length <= maxTextLength) return { text: trimmed, problem: null };
  return { text: cut(trimmed, maxTextLength), problem: 'too_long' };
}

// undefined: not representable as text; '' (after trimming): absent.
function scalarText(raw: unknown): string | undefined {
  if (raw === null || raw === undefined) return '';
  switch (typeof raw) {
    case 'string':
      return raw;
    case 'number':
      return Number.isFinite(raw) ? String(raw) : undefined;
    case 'boolean':
    case 'bigint':
      return String(raw);
    default:
      return Array.isArray(raw) ? listText(raw) : undefined;
  }
}

function listText(list: readonly unknown[]): string | undefined {
  const parts: string[] = [];
  let length = 0;
  for (const item of list) {
    if (Array.isArray(item)) return undefined;
    const part = scalarText(item)?.trim();
    if (part === undefined) return undefined;
    if (part === '') continue;
    length += (parts.length > 0 ? 2 : 0) + part.length;
    parts.push(part);
    // Stop early on a huge list: the text is cut at maxTextLength anyway.
    if (length > maxTextLength) break;
  }
  return parts.join(', ');
}

/** Cuts text to at most `max` UTF-16 units without leaving half of a surrogate pair behind. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, end).trimEnd();
}
