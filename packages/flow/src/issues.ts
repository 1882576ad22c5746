import type { Failure } from '@switchyard/logic';

export type FlowIssueSeverity = 'error' | 'warning';

/** Every problem validation can report; codes are stable, the canvas and API key off them. */
export type FlowIssueCode =
  | 'invalid_json'
  | 'invalid_document'
  | 'unsupported_format'
  | 'unknown_kind'
  | 'invalid_config'
  | 'duplicate_id'
  | 'missing_capture'
  | 'multiple_captures'
  | 'edge_missing_node'
  | 'unknown_handle'
  | 'edge_into_capture'
  | 'edge_from_terminal'
  | 'missing_output'
  | 'duplicate_output'
  | 'dead_end'
  | 'cycle'
  | 'unreachable'
  | 'double_score'
  | 'split_weights'
  | 'invalid_condition'
  | 'undeclared_field'
  | 'missing_fallback_pool'
  | 'unknown_team'
  | 'unreachable_case'
  | 'unused_team';

/** One problem in a flow, pointing at what the canvas highlights. */
export type FlowIssue = Failure<FlowIssueCode> & {
  severity: FlowIssueSeverity;
  nodeId?: string;
  edgeId?: string;
  /** JSON path inside the document, for problems a form field can point at. */
  path?: (string | number)[];
};

/** How a node is named in a sentence: its label, else its kind and id. */
export function nodeName(node: { id: string; kind?: string; label?: string | undefined }): string {
  if (node.label?.trim()) return `"${node.label.trim()}"`;
  return node.kind ? `the ${node.kind} step "${node.id}"` : `the step "${node.id}"`;
}

/** Build an error; `where` says what the canvas highlights. */
export function flowError(
  code: FlowIssueCode,
  message: string,
  where: Pick<FlowIssue, 'nodeId' | 'edgeId' | 'path'> = {},
): FlowIssue {
  return { code, severity: 'error', message, ...where };
}

/** Build a warning: worth a look, never blocks publishing. */
export function flowWarning(
  code: FlowIssueCode,
  message: string,
  where: Pick<FlowIssue, 'nodeId' | 'edgeId' | 'path'> = {},
): FlowIssue {
  return { code, severity: 'warning', message, ...where };
}

/** True when no issue is an error: the flow may be compiled and published. */
export function isPublishable(issues: readonly FlowIssue[]): boolean {
  return issues.every((issue) => issue.severity !== 'error');
}

/** Thrown by compileFlow and traceFlow when given a flow that does not validate. */
export class FlowError extends Error {
  readonly code = 'invalid_flow';
  readonly issues: FlowIssue[];
  constructor(issues: FlowIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    super(`This flow has ${errors.length} problem(s): ${errors.map((e) => e.message).join(' ')}`);
    this.name = 'FlowError';
    this.issues = issues;
  }
}
