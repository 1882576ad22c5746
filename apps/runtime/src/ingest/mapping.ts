import { JSONPath } from 'jsonpath-plus';
import type { Submission } from './submission';

/** Lead field (canonical key or declared `custom.*`) → where to read it in the delivery. */
export type FieldMapping = Record<string, string>;

/** A mapping turned into code once: submission → flat `field → value`. */
export type MapLead = (submission: Submission) => Record<string, unknown>;

type Read = (submission: Submission) => unknown;

// `a.b.c`: the record's own field named "a.b.c" first, else the path into nested objects.
function pathReader(path: string): Read {
  const parts = path.split('.');
  return ({ record }) => {
    if (Object.hasOwn(record, path)) return record[path];
    if (parts.length === 1) return undefined;
    let value: unknown = record;
    for (const part of parts) {
      if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part))
        return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  };
}

function jsonPathReader(path: string): Read {
  return ({ payload }) => {
    const found: unknown = JSONPath({ path, json: payload as object, wrap: true, eval: false });
    return Array.isArray(found) ? found[0] : undefined;
  };
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Compiles a mapping once, so a source's leads do not split and inspect its paths again each
 * time (the ingest path runs it per lead). A source path is a provider field name, a dotted path
 * into it, or a `$…` JSONPath over the payload; `a|b` tries `a`, then `b`.
 */
export function compileMapping(mapping: FieldMapping): MapLead {
  const fields = Object.entries(mapping).map(([target, source]) => ({
    target,
    reads: source
      .split('|')
      .map((alternative) => alternative.trim())
      .map((path) => (path.startsWith('$') ? jsonPathReader(path) : pathReader(path))),
  }));
  return (submission) => {
    const mapped: Record<string, unknown> = {};
    for (const { target, reads } of fields) {
      for (const read of reads) {
        const value = read(submission);
        if (!isEmpty(value)) {
          mapped[target] = value;
          break;
        }
      }
    }
    return mapped;
  };
}

/** The mapped lead as flat `field → value` (see `compileMapping`). */
export function applyMapping(
  mapping: FieldMapping,
  submission: Submission,
): Record<string, unknown> {
  return compileMapping(mapping)(submission);
}
