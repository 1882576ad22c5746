import { failure } from '@switchyard/engine';
import type { Context } from 'hono';
import type { z } from 'zod';
import { fail } from './errors';

/** Parses and validates a JSON body; bad JSON → `malformed_body`, wrong shape → `invalid_input`. */
export async function readJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<z.infer<S>> {
  let body: unknown;
  try {
    const text = await c.req.text();
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    fail(failure('malformed_body', 'The body is not valid JSON.'));
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    fail(
      failure(
        'invalid_input',
        `The body is not valid: ${issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; ')}.`,
        { issues },
      ),
    );
  }
  return parsed.data;
}
