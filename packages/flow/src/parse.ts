import type { Failure, Result } from '@switchyard/logic';
import type { z } from 'zod';
import { type Flow, flowFormat, flowSchema } from './document';
import { type FlowIssue, flowError, nodeName } from './issues';
import { plainSchemaProblem } from './schema-words';

export type ParseFailure = Failure<'invalid_flow'> & { issues: FlowIssue[] };

/** Read JSON text; a syntax error becomes an `invalid_json` issue, never an exception. */
export function readJson(input: unknown): Result<unknown, ParseFailure> {
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input) };
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const issue = flowError('invalid_json', `This file is not valid JSON (${detail}).`);
    return { ok: false, error: invalidFlow([issue]) };
  }
}

export function invalidFlow(issues: FlowIssue[]): ParseFailure {
  const first = issues[0]?.message ?? 'The flow is not valid.';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem(s))` : '';
  return { code: 'invalid_flow', message: `${first}${more}`, issues };
}

/** Where a JSON path points, for a sentence: `nodes[2].config.rule`. */
export function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Turn schema errors into issues; errors inside a node name the node so the canvas can point. */
export function schemaIssues(error: z.ZodError, document: unknown): FlowIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[];
    if (path[0] === 'format') {
      return flowError(
        'unsupported_format',
        `This is not a ${flowFormat} document (its "format" is ${JSON.stringify(formatOf(document)) ?? 'missing'}).`,
        { path },
      );
    }
    const node =
      path[0] === 'nodes' && typeof path[1] === 'number' ? nodeAt(document, path[1]) : undefined;
    if (node && issue.code === 'invalid_union' && path.length === 3 && path[2] === 'kind') {
      return flowError(
        'unknown_kind',
        `${nodeName(node)} is of a kind this version does not know: "${node.kind}".`,
        {
          nodeId: node.id,
          path,
        },
      );
    }
    if (node) {
      return flowError(
        'invalid_config',
        `${nodeName(node)}: ${plainSchemaProblem({ issue, path: path.slice(2), value: valueAt(document, path) })}`,
        {
          nodeId: node.id,
          path,
        },
      );
    }
    return flowError('invalid_document', `${pathText(path) || 'The document'}: ${issue.message}`, {
      path,
    });
  });
}

/** The value at `path` inside `value`, or undefined where the path leads nowhere. */
function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

function formatOf(document: unknown): unknown {
  return typeof document === 'object' && document !== null && 'format' in document
    ? document.format
    : undefined;
}

function nodeAt(
  document: unknown,
  index: number,
): { id: string; kind?: string; label?: string } | undefined {
  const nodes = (document as { nodes?: unknown })?.nodes;
  const node = Array.isArray(nodes) ? nodes[index] : undefined;
  if (typeof node !== 'object' || node === null || typeof node.id !== 'string') return undefined;
  return {
    id: node.id,
    kind: typeof node.kind === 'string' ? node.kind : undefined,
    label: typeof node.label === 'string' ? node.label : undefined,
  };
}

/**
 * Parse a flow document (JSON text or a value) against the `switchyard.flow/1` schema.
 * Checks shape only; `validateFlow` checks the graph and the conditions.
 */
export function parseFlow(input: unknown): Result<Flow, ParseFailure> {
  const json = readJson(input);
  if (!json.ok) return json;
  const parsed = flowSchema.safeParse(json.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: invalidFlow(schemaIssues(parsed.error, json.value)) };
}
