import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';
import { runCli } from '../src/cli';
import { type CliIo, fileSystemIo } from '../src/io';

/** The text of a file in test/fixtures. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** A temporary directory holding `files` (path → text), removed when the test finishes. */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-cli-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export type CliRun = { code: number; stdout: string; stderr: string };

/** Run the CLI in-process in `cwd`, capturing what it prints. */
export function run(argv: string[], cwd: string, overrides: Partial<CliIo> = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    ...fileSystemIo(cwd),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    color: false,
    ...overrides,
  });
  return { code, stdout, stderr };
}

/** A flow whose two qualify steps lead into each other: a cycle. */
export function cyclicFlow(): string {
  const flow = JSON.parse(fixture('qualify.flow.json'));
  flow.nodes.push({
    id: 'again',
    kind: 'qualify',
    label: 'Ask again',
    config: { rule: { '==': [{ var: 'country' }, 'US'] } },
  });
  flow.edges = [
    { id: 'e1', source: 'start', target: 'size' },
    { id: 'e2', source: 'size', sourceHandle: 'pass', target: 'again' },
    { id: 'e3', source: 'size', sourceHandle: 'fail', target: 'drop' },
    { id: 'e4', source: 'again', sourceHandle: 'pass', target: 'size' },
    { id: 'e5', source: 'again', sourceHandle: 'fail', target: 'sales' },
  ];
  return JSON.stringify(flow, null, 2);
}
