import { compileFlow } from '@switchyard/flow';
import type { Command } from '../command';
import { readFlowFile } from '../flow-file';
import { countIssues, formatIssues, reportFailure } from '../report';

/** `switchyard compile FILE`: the flow as one standard JSON Logic expression. */
export const compile: Command = {
  name: 'compile',
  summary: 'print the flow as one JSON Logic expression',
  args: 'FILE',
  help: [
    'The expression evaluates, on an enriched lead, to [terminalStepId, score, grade].',
    'An invalid flow prints its problems on stderr and exits 1; warnings go to stderr too.\n',
    'Options:',
    '  --full    print { logic, terminals, fieldsRead, hash } instead of the logic alone\n',
  ].join('\n'),
  options: { full: { type: 'boolean' } },
  run: ({ positionals: [path = ''], values }, io) => {
    const file = readFlowFile(io, path);
    if (!file.ok) return reportFailure(io, file.error);
    const { flow, issues } = file.value;
    io.stderr(formatIssues(issues, io.color));
    if (!flow) {
      io.stderr(`${path}: invalid (${countIssues(issues)})\n`);
      return 1;
    }
    const compiled = compileFlow(flow);
    io.stdout(`${JSON.stringify(values.full ? compiled : compiled.logic, null, 2)}\n`);
    return 0;
  },
};
