import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Everything the CLI touches outside itself, passed in so tests run it in-process. */
export type CliIo = {
  /** Writes text as given; callers end their lines with "\n". */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Relative paths on the command line resolve against this directory. */
  cwd: string;
  /** UTF-8 text of a file; throws the file system's error (ENOENT, EISDIR, …). */
  readFile: (path: string) => string;
  /** Names of the entries in a directory; throws the file system's error. */
  listDir: (path: string) => string[];
  /** Colour the output: main.ts decides from the TTY and NO_COLOR. */
  color: boolean;
};

/** The file-system half of CliIo, reading relative to `cwd`. */
export function fileSystemIo(cwd: string): Pick<CliIo, 'cwd' | 'readFile' | 'listDir'> {
  return {
    cwd,
    readFile: (path) => readFileSync(resolve(cwd, path), 'utf8'),
    listDir: (path) => readdirSync(resolve(cwd, path)),
  };
}
