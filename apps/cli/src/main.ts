import { runCli } from './cli';
import { fileSystemIo } from './io';

// The only file with side effects: it reads the process and sets the exit code.
const color = process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';

// `switchyard simulate … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = runCli(process.argv.slice(2), {
  ...fileSystemIo(process.cwd()),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color,
});
