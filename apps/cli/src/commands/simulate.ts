import { type CompiledFlow, compileFlow, type Flow } from '@switchyard/flow';
import type { Command } from '../command';
import { cliFailure } from '../errors';
import { readFlowFile } from '../flow-file';
import type { CliIo } from '../io';
import { readLeadsFile } from '../leads-file';
import { countIssues, formatIssues, plural, reportFailure } from '../report';
import { fieldsNoLeadSets, type LeadResult, runLeads } from '../run-leads';
import { renderResults, renderSummary, renderTrace, summarize } from '../simulate-output';

function toJson(flow: Flow, compiled: CompiledFlow, results: readonly LeadResult[]): string {
  const leads = results.map((result) => ({
    index: result.index,
    name: result.name,
    terminal: result.decision.terminal,
    terminalLabel: compiled.terminals.find((t) => t.id === result.decision.terminal)?.label,
    score: result.decision.score,
    grade: result.decision.grade,
    ...(result.expect
      ? {
          expect: result.expect,
          pass: result.mismatches.length === 0,
          mismatches: result.mismatches,
        }
      : {}),
    lead: result.lead,
    steps: result.trace?.steps ?? [],
  }));
  const failed = results.filter((result) => result.mismatches.length > 0).length;
  const document = {
    flow: { name: flow.name, hash: compiled.hash },
    leads,
    summary: summarize(results, compiled.terminals),
    failed,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function toText(
  compiled: CompiledFlow,
  results: readonly LeadResult[],
  options: { trace: boolean; color: boolean },
): string {
  const { terminals } = compiled;
  const leads = options.trace
    ? results.map((result) => renderTrace(result, terminals, options.color)).join('\n')
    : renderResults(results, terminals, options.color);
  const expecting = results.filter((result) => result.expect);
  const failed = expecting.filter((result) => result.mismatches.length > 0).length;
  const total =
    expecting.length > 0
      ? `${plural(results.length, 'lead')}, ${failed} failed`
      : plural(results.length, 'lead');
  return `${leads}\n${renderSummary(results, terminals)}\n${total}\n`;
}

function warnAboutMissingFields(io: CliIo, fields: readonly string[]): void {
  for (const field of fields) {
    io.stderr(
      `warning [missing_field] No lead sets "${field}", which this flow reads; check the column names.\n`,
    );
  }
}

/** `switchyard simulate FILE LEADS`: run leads through a flow and count where they end. */
export const simulate: Command = {
  name: 'simulate',
  summary: 'run leads (.csv or .json) through a flow',
  args: 'FILE LEADS',
  help: [
    'Prints one row per lead (its terminal, score and grade), then how many leads reached each terminal.',
    'Leads are taken as already enriched: the CLI derives no fields (domain, isFreeEmail, seniority…).\n',
    'LEADS is either',
    '  .json  an array of lead objects, or of samples { "name", "lead", "expect": { "terminal", "score"?, "grade"? } };',
    '         with "expect", each lead is checked (✓/✗) and any mismatch exits 1',
    '  .csv   a header row, then one lead per row; dotted columns nest (utm.source, custom.seats,',
    '         match.<step>.found); numbers and booleans are typed by the field catalogue and the',
    "         flow's declared fields; an empty cell leaves the field out\n",
    'Options:',
    "  --trace   print each lead's path: every step, the output taken, each condition ✓/✗ and the values it saw",
    '  --json    print { flow, leads (with traces), summary, failed } as JSON\n',
  ].join('\n'),
  options: { json: { type: 'boolean' }, trace: { type: 'boolean' } },
  run: ({ positionals: [flowPath = '', leadsPath = ''], values }, io) => {
    const file = readFlowFile(io, flowPath);
    if (!file.ok) return reportFailure(io, file.error);
    const { flow, issues } = file.value;
    io.stderr(formatIssues(issues, io.color));
    if (!flow) {
      io.stderr(`${flowPath}: invalid (${countIssues(issues)})\n`);
      return 1;
    }
    const entries = readLeadsFile(io, leadsPath, flow);
    if (!entries.ok) return reportFailure(io, entries.error);
    if (entries.value.length === 0) {
      return reportFailure(io, cliFailure('invalid_leads', `"${leadsPath}" holds no leads.`));
    }
    const compiled = compileFlow(flow);
    warnAboutMissingFields(io, fieldsNoLeadSets(compiled.fieldsRead, entries.value));
    const trace = values.json === true || values.trace === true;
    const results = runLeads(flow, compiled, entries.value, { trace });
    io.stdout(
      values.json
        ? toJson(flow, compiled, results)
        : toText(compiled, results, { trace: values.trace === true, color: io.color }),
    );
    return results.some((result) => result.mismatches.length > 0) ? 1 : 0;
  },
};
