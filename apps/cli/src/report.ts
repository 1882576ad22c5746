import type { FlowIssue } from '@switchyard/flow';
import { type CliFailure, exitCodes } from './errors';
import type { CliIo } from './io';
import { paint } from './paint';

/** Where an issue points, as the canvas would highlight it: `(node "screen")`. */
function issueTarget(issue: FlowIssue): string {
  if (issue.nodeId !== undefined) return ` (node "${issue.nodeId}")`;
  if (issue.edgeId !== undefined) return ` (edge "${issue.edgeId}")`;
  return '';
}

/** `error  [dead_end] "Screen" has no next step. (node "screen")` */
export function formatIssue(issue: FlowIssue, color: boolean): string {
  // "error" keeps two spaces so its lines read like compiler output; "warning" needs one.
  const severity = issue.severity === 'error' ? 'error ' : 'warning';
  return `${paint(color, issue.severity, severity)} [${issue.code}] ${issue.message}${issueTarget(issue)}`;
}

export function formatIssues(issues: readonly FlowIssue[], color: boolean): string {
  return issues.map((issue) => `${formatIssue(issue, color)}\n`).join('');
}

/** `error  [file_not_found] Cannot find the file "flow.json".`, the same shape as an issue. */
export function formatFailure(failure: CliFailure, color: boolean): string {
  return `${paint(color, 'error', 'error ')} [${failure.code}] ${failure.message}\n`;
}

/** Print a failure as one line on stderr; the exit code it deserves. */
export function reportFailure(io: CliIo, failure: CliFailure): 1 | 2 {
  io.stderr(formatFailure(failure, io.color));
  return exitCodes[failure.code];
}

/** "1 error, 2 warnings" */
export function countIssues(issues: readonly FlowIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return `${plural(errors, 'error')}, ${plural(issues.length - errors, 'warning')}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
