import { JSONPath } from 'jsonpath-plus';
import type { Submission } from './providers/provider';

/** Lead field (canonical key or declared `custom.*`) → where to read it in the delivery. */
export type FieldMapping = Record<string, string>;

function readPath(record: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(record, path)) return record[path];
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part))
      return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function readSource(submission: Submission, source: string): unknown {
  if (source.startsWith('$')) {
    const found: unknown = JSONPath({
      path: source,
      json: submission.payload as object,
      wrap: true,
      eval: false,
    });
    return Array.isArray(found) ? found[0] : undefined;
  }
  return readPath(submission.record, source);
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * The mapped lead as flat `field → value`. A source path is a provider field name, a dotted path
 * into it, or a `$…` JSONPath over the payload; `a|b` tries `a`, then `b`.
 */
export function applyMapping(
  mapping: FieldMapping,
  submission: Submission,
): Record<string, unknown> {
  const mapped: Record<string, unknown> = {};
  for (const [target, source] of Object.entries(mapping)) {
    for (const alternative of source.split('|')) {
      const value = readSource(submission, alternative.trim());
      if (!isEmpty(value)) {
        mapped[target] = value;
        break;
      }
    }
  }
  return mapped;
}
