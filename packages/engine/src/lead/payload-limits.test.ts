import { describe, expect, it } from 'vitest';
import { checkPayloadLimits, leadPayloadLimits } from './payload-limits';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

describe('checkPayloadLimits', () => {
  it('accepts a form delivery as form tools send them', () => {
    const delivery = {
      form_response: { answers: [{ field: { ref: 'email' }, email: 'ann@acme.example' }] },
      tags: ['a', 'b'],
    };
    expect(checkPayloadLimits(delivery)).toBeNull();
    expect(checkPayloadLimits(nested(leadPayloadLimits.maxDepth))).toBeNull();
    expect(checkPayloadLimits(null)).toBeNull();
    expect(checkPayloadLimits(42)).toBeNull();
  });

  it('refuses a value nested past the depth limit, without recursing, and names the field', () => {
    expect(checkPayloadLimits(nested(leadPayloadLimits.maxDepth + 1))).toMatchObject({
      code: 'payload_too_deep',
    });
    const refused = checkPayloadLimits({ email: 'd@acme.example', company: nested(100_000) });
    expect(refused).toMatchObject({ code: 'payload_too_deep', details: { limit: 32 } });
    expect(refused?.message).toContain('"company');
  });

  it('refuses a long text, a long list, many fields and a long field name', () => {
    const limits = { maxDepth: 4, maxStringLength: 10, maxArrayLength: 3, maxKeys: 2 };
    expect(checkPayloadLimits({ a: 'x'.repeat(11) }, limits)).toMatchObject({
      code: 'field_too_large',
      details: { path: 'a' },
    });
    expect(checkPayloadLimits({ a: [1, 2, 3, 4] }, limits)?.code).toBe('field_too_large');
    expect(checkPayloadLimits({ a: 1, b: 2, c: 3 }, limits)?.code).toBe('field_too_large');
    expect(checkPayloadLimits({ ['k'.repeat(11)]: 1 }, limits)?.code).toBe('field_too_large');
    expect(checkPayloadLimits({ a: 'x'.repeat(10), b: [1, 2, 3] }, limits)).toBeNull();
  });
});
