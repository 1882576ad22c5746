import { type AppFailure, failure } from '@switchyard/engine';
import { err, ok, type Result } from '@switchyard/logic';
import type { InboundRequest } from './provider';

const decoder = new TextDecoder('utf-8', { fatal: false });

/** The body as text. */
export function bodyText(request: InboundRequest): string {
  return decoder.decode(request.rawBody);
}

/** The body parsed as a JSON object; anything else is `malformed_body`. */
export function jsonObject(
  request: InboundRequest,
  label: string,
): Result<Record<string, unknown>, AppFailure> {
  let value: unknown;
  try {
    value = JSON.parse(bodyText(request));
  } catch {
    return err(failure('malformed_body', `The ${label} body is not valid JSON.`));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return err(failure('malformed_body', `The ${label} body must be a JSON object.`));
  }
  return ok(value as Record<string, unknown>);
}

/** A plain object at `key`, or an empty one. */
export function objectAt(value: unknown, key: string): Record<string, unknown> {
  const inner =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined;
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner)
    ? (inner as Record<string, unknown>)
    : {};
}

/** An array at `key`, or an empty one. */
export function arrayAt(value: unknown, key: string): unknown[] {
  const inner =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined;
  return Array.isArray(inner) ? inner : [];
}

/** A string id at `key`, or null. */
export function idAt(value: unknown, key: string): string | null {
  const inner =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined;
  return typeof inner === 'string' || typeof inner === 'number' ? String(inner) : null;
}

/** Form fields of a urlencoded or multipart body; repeated names become arrays. */
export async function formFields(request: InboundRequest): Promise<Record<string, unknown>> {
  const contentType = request.headers.get('content-type') ?? '';
  const form = await new Request('http://local/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: request.rawBody,
  }).formData();
  const fields: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    const text = typeof value === 'string' ? value : value.name;
    const existing = fields[name];
    fields[name] =
      existing === undefined
        ? text
        : Array.isArray(existing)
          ? [...existing, text]
          : [existing, text];
  }
  return fields;
}
