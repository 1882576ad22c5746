import type { CliIo } from './io';

/** The parsed command line a command runs with. */
export type CommandArgs = {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
};

/** One subcommand: its help, its options for util.parseArgs, and what it does. */
export type Command = {
  name: string;
  /** One line in `switchyard --help`, after the usage. */
  summary: string;
  /** `FILE LEADS`, `[DIR]`: shown in help; the brackets mark an optional argument. */
  args: string;
  /** The full help text after the usage line. */
  help: string;
  options: Record<string, { type: 'boolean' | 'string'; short?: string }>;
  /** Returns the exit code. */
  run: (args: CommandArgs, io: CliIo) => number;
};

/** How many positionals `args` allows: `FILE [DIR]` gives 1 to 2. */
export function arity(args: string): { min: number; max: number } {
  const names = args.split(' ').filter(Boolean);
  return { min: names.filter((name) => !name.startsWith('[')).length, max: names.length };
}
