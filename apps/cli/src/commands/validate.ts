import { isPublishable } from '@switchyard/flow';
import type { Command } from '../command';
import { readFlowFile } from '../flow-file';
import { countIssues, formatIssues, reportFailure } from '../report';

/** `switchyard validate FILE`: every problem of a flow file; exit 1 when any is an error. */
export const validate: Command = {
  name: 'validate',
  summary: 'check a flow file and list its problems',
  args: 'FILE',
  help: [
    'Prints each problem as "error  [code] message (node "id")" or "warning [code] …".',
    'Warnings never fail the check; errors do.\n',
    'Options:',
    '  --json    print the problems as a JSON array of { code, severity, message, nodeId?, edgeId?, path? }\n',
    'Exit codes: 0 no errors, 1 errors, 2 usage error or a file that cannot be read.\n',
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  run: ({ positionals: [path = ''], values }, io) => {
    const file = readFlowFile(io, path);
    if (!file.ok) return reportFailure(io, file.error);
    const { issues } = file.value;
    const valid = isPublishable(issues);
    if (values.json) {
      io.stdout(`${JSON.stringify(issues, null, 2)}\n`);
    } else {
      const verdict = valid ? 'valid' : 'invalid';
      io.stdout(`${formatIssues(issues, io.color)}${path}: ${verdict} (${countIssues(issues)})\n`);
    }
    return valid ? 0 : 1;
  },
};
