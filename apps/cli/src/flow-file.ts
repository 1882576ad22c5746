import {
  type Flow,
  type FlowIssue,
  isPublishable,
  parseFlow,
  validateFlow,
} from '@switchyard/flow';
import type { Result } from '@switchyard/logic';
import type { CliFailure } from './errors';
import { parseJsonText, readTextFile } from './files';
import type { CliIo } from './io';

/** A flow file read and validated: `flow` is set only when no issue is an error. */
export type FlowFile = { issues: FlowIssue[]; flow: Flow | undefined };

/** Without these two keys a JSON file is something else (leads, samples, a package.json). */
function looksLikeFlow(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return 'format' in value || 'nodes' in value;
}

function fileIssue(code: FlowIssue['code'], message: string): FlowFile {
  return { issues: [{ code, severity: 'error', message }], flow: undefined };
}

/**
 * Read a flow file. A file that cannot be read is a failure (the CLI cannot do its job);
 * malformed JSON, a JSON file that is no flow and every validation issue are issues.
 */
export function readFlowFile(io: CliIo, path: string): Result<FlowFile, CliFailure> {
  const text = readTextFile(io, path);
  if (!text.ok) return text;
  const json = parseJsonText(text.value, path);
  if (!json.ok) return { ok: true, value: fileIssue('invalid_json', json.error.message) };
  if (!looksLikeFlow(json.value)) {
    const message = `"${path}" is not a Switchyard flow: expected an object with "format": "switchyard.flow/1", "nodes" and "edges".`;
    return { ok: true, value: fileIssue('unsupported_format', message) };
  }
  const issues = validateFlow(json.value);
  if (!isPublishable(issues)) return { ok: true, value: { issues, flow: undefined } };
  const parsed = parseFlow(json.value);
  // validateFlow found no error, so the schema parse cannot fail; keep its issues if it does.
  if (!parsed.ok) return { ok: true, value: { issues: parsed.error.issues, flow: undefined } };
  return { ok: true, value: { issues, flow: parsed.value } };
}
