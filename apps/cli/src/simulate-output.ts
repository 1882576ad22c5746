import type { TerminalInfo, TraceStep } from '@switchyard/flow';
import { paint } from './paint';
import type { LeadResult } from './run-leads';
import { renderTable } from './table';

/** "Enterprise AEs (ae)", or the id alone when the step has no label of its own. */
export function terminalName(terminals: readonly TerminalInfo[], id: string): string {
  const label = terminals.find((terminal) => terminal.id === id)?.label;
  return label && label !== id ? `${label} (${id})` : id;
}

export function gradeText(grade: string | null): string {
  return grade ?? '-';
}

/** ✓ or ✗ for a lead with an expectation, nothing without one. */
export function verdict(result: Pick<LeadResult, 'expect' | 'mismatches'>, color: boolean): string {
  if (!result.expect) return '';
  return result.mismatches.length === 0 ? paint(color, 'pass', '✓') : paint(color, 'fail', '✗');
}

/** One row per lead: number, name, terminal, score, grade, and the expectation when given. */
export function renderResults(
  results: readonly LeadResult[],
  terminals: readonly TerminalInfo[],
  color: boolean,
): string {
  const expecting = results.some((result) => result.expect);
  const columns = [
    { header: '#', align: 'right' as const },
    { header: 'lead' },
    { header: 'terminal' },
    { header: 'score', align: 'right' as const },
    { header: 'grade' },
    ...(expecting ? [{ header: 'expected' }, { header: '' }] : []),
  ];
  const rows = results.map((result) => [
    String(result.index),
    result.name,
    terminalName(terminals, result.decision.terminal),
    String(result.decision.score),
    gradeText(result.decision.grade),
    ...(expecting ? [result.mismatches.join('; '), verdict(result, color)] : []),
  ]);
  return renderTable(columns, rows);
}

/** How many leads reached each terminal, with every terminal listed (unreached ones too). */
export function summarize(results: readonly LeadResult[], terminals: readonly TerminalInfo[]) {
  return terminals.map((terminal) => {
    const count = results.filter((result) => result.decision.terminal === terminal.id).length;
    const share = results.length === 0 ? 0 : (100 * count) / results.length;
    return { terminal: terminal.id, label: terminal.label, kind: terminal.kind, count, share };
  });
}

export function renderSummary(
  results: readonly LeadResult[],
  terminals: readonly TerminalInfo[],
): string {
  const rows = summarize(results, terminals).map((line) => [
    terminalName(terminals, line.terminal),
    line.kind,
    String(line.count),
    `${line.share.toFixed(1)}%`,
  ]);
  const columns = [
    { header: 'terminal' },
    { header: 'kind' },
    { header: 'leads', align: 'right' as const },
    { header: 'share', align: 'right' as const },
  ];
  return renderTable(columns, rows);
}

function valueText(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}

function stepLines(step: TraceStep, color: boolean): string[] {
  const name = step.label === step.nodeId ? step.nodeId : `${step.label} (${step.nodeId})`;
  const outcome =
    step.kind === 'score'
      ? ` → score ${step.score}, grade ${gradeText(step.grade)}`
      : step.output
        ? ` → ${step.output}`
        : '';
  const conditions = step.conditions.map((condition) => {
    const mark = condition.holds ? paint(color, 'pass', '✓') : paint(color, 'fail', '✗');
    const seen = Object.entries(condition.seen).map(
      ([field, value]) => `${field} = ${valueText(value)}`,
    );
    return `     ${mark} ${condition.label}${seen.length > 0 ? `: ${seen.join(', ')}` : ''}`;
  });
  return [`   ${name}${outcome}`, ...conditions];
}

/** A lead's path: a headline, then each step with the output it took and its conditions. */
export function renderTrace(
  result: LeadResult,
  terminals: readonly TerminalInfo[],
  color: boolean,
): string {
  const { decision } = result;
  const mark = verdict(result, color);
  const headline = `${result.index}. ${result.name} → ${terminalName(terminals, decision.terminal)}, score ${decision.score}, grade ${gradeText(decision.grade)}${mark ? `  ${mark}` : ''}`;
  const mismatches = result.mismatches.map((text) => `   ${paint(color, 'fail', text)}`);
  const steps = result.trace?.steps.flatMap((step) => stepLines(step, color)) ?? [];
  return [headline, ...mismatches, ...steps].map((line) => `${line}\n`).join('');
}
