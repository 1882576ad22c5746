import { parseArgs } from 'node:util';
import type { Result } from '@switchyard/logic';
import packageJson from '../package.json' with { type: 'json' };
import { arity, type Command, type CommandArgs } from './command';
import { compile } from './commands/compile';
import { simulate } from './commands/simulate';
import { templates } from './commands/templates';
import { validate } from './commands/validate';
import { type CliFailure, cliFailure } from './errors';
import type { CliIo } from './io';
import { reportFailure } from './report';

export const commands = { validate, compile, simulate, templates } satisfies Record<
  string,
  Command
>;

function findCommand(name: string): Command | undefined {
  return Object.hasOwn(commands, name) ? commands[name as keyof typeof commands] : undefined;
}

export function overview(): string {
  const rows = Object.values(commands).map(
    (command) => `  ${`${command.name} ${command.args}`.padEnd(28)}${command.summary}\n`,
  );
  return [
    'switchyard: check, compile and try out Switchyard lead-routing flows.\n\n',
    'Usage: switchyard COMMAND [options]\n\nCommands:\n',
    ...rows,
    `  ${'help COMMAND'.padEnd(28)}show the help of one command\n\n`,
    'Options:\n',
    `  ${'-h, --help'.padEnd(28)}show this help\n`,
    `  ${'-v, --version'.padEnd(28)}print the version\n\n`,
    'Exit codes: 0 fine, 1 problems found, 2 usage error or a file that cannot be read.\n',
  ].join('');
}

export function commandHelp(command: Command): string {
  const options = Object.keys(command.options).length > 0 ? ' [options]' : '';
  const summary = command.summary.charAt(0).toUpperCase() + command.summary.slice(1);
  return `Usage: switchyard ${command.name} ${command.args}${options}\n\n${summary}.\n\n${command.help}`;
}

/** util.parseArgs reports mistakes by throwing; they become a usage failure here. */
function parseCommandLine(
  command: Command,
  argv: readonly string[],
): Result<CommandArgs, CliFailure> {
  try {
    const { positionals, values } = parseArgs({
      args: [...argv],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { ok: true, value: { positionals, values } };
  } catch (cause) {
    if (
      !(
        cause instanceof TypeError &&
        'code' in cause &&
        String(cause.code).startsWith('ERR_PARSE_ARGS')
      )
    ) {
      throw cause;
    }
    // Node's message goes on to explain "--" at length; the first sentence is the point.
    const message = `${cause.message.split('. ')[0]}. See "switchyard help ${command.name}".`;
    return { ok: false, error: cliFailure('usage', message) };
  }
}

function unknownCommand(name: string): CliFailure {
  return cliFailure('usage', `Unknown command "${name}". See "switchyard --help".`);
}

function runCommand(command: Command, argv: readonly string[], io: CliIo): number {
  const parsed = parseCommandLine(command, argv);
  if (!parsed.ok) return reportFailure(io, parsed.error);
  if (parsed.value.values.help) {
    io.stdout(commandHelp(command));
    return 0;
  }
  const { min, max } = arity(command.args);
  const count = parsed.value.positionals.length;
  if (count < min || count > max) {
    const usage = `switchyard ${command.name} ${command.args}`;
    return reportFailure(
      io,
      cliFailure('usage', `Expected ${usage}. See "switchyard help ${command.name}".`),
    );
  }
  return command.run(parsed.value, io);
}

function dispatch(argv: readonly string[], io: CliIo): number {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(overview());
    return 2;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(overview());
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${packageJson.version}\n`);
    return 0;
  }
  if (first === 'help') {
    if (rest[0] === undefined) return dispatch(['--help'], io);
    const command = findCommand(rest[0]);
    if (!command) return reportFailure(io, unknownCommand(rest[0]));
    io.stdout(commandHelp(command));
    return 0;
  }
  const command = findCommand(first);
  if (!command) return reportFailure(io, unknownCommand(first));
  return runCommand(command, rest, io);
}

/** Run the CLI on `argv` (without node and the script); returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    return dispatch(argv, io);
  } catch (cause) {
    // A bug, not a user mistake: one line, no stack trace, and a hint where to send it.
    const detail = cause instanceof Error ? cause.message : String(cause);
    return reportFailure(
      io,
      cliFailure('internal', `${detail} (this is a bug in switchyard; please report it)`),
    );
  }
}
