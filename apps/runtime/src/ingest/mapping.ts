import { type AppFailure, failure } from '@switchyard/engine';
import { leadFields } from '@switchyard/flow';
import { err, ok, type Result } from '@switchyard/logic';
import { JSONPath } from 'jsonpath-plus';
import type { Submission } from './providers/provider';

/** Lead field (canonical key or declared `custom.*`) → where to read it in the delivery. */
export type FieldMapping = Record<string, string>;

const forbidden = /(^|[.[\]'"])(__proto__|constructor|prototype)([.[\]'"]|$)/;
/** Targets besides the catalogue: extra UTM keys, the message and a website (for the domain). */
const extraTargets = ['utm.term', 'utm.content', 'message', 'website'];

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

/** Validates a mapping a manager wrote: known targets only, string paths, no prototype keys. */
export function checkMapping(
  mapping: unknown,
  customFieldKeys: readonly string[],
): Result<FieldMapping, AppFailure & { issues: Array<{ target: string; message: string }> }> {
  const issues: Array<{ target: string; message: string }> = [];
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
    return err({
      ...failure('invalid_input', 'A field mapping is an object of lead field → source field.'),
      issues,
    });
  }
  const allowed = new Set([...leadFields.map((f) => f.key), ...extraTargets, ...customFieldKeys]);
  for (const [target, source] of Object.entries(mapping)) {
    if (forbidden.test(target) || !allowed.has(target)) {
      issues.push({
        target,
        message: `"${target}" is not a lead field; map to a catalogue field or a declared custom field.`,
      });
    } else if (typeof source !== 'string' || source.trim() === '') {
      issues.push({ target, message: `Say where to read "${target}" from.` });
    } else if (forbidden.test(source)) {
      issues.push({ target, message: `"${source}" reads a reserved name.` });
    }
  }
  if (issues.length > 0) {
    return err({
      ...failure('invalid_input', `The field mapping has ${issues.length} problem(s).`, { issues }),
      issues,
    });
  }
  return ok(mapping as FieldMapping);
}
