import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { runtimeEnv } from './runtime-env';

const mainJs = fileURLToPath(new URL('../../apps/runtime/dist/main.js', import.meta.url));

/** What the runtime printed on its first start. */
export type StartedRuntime = {
  url: string;
  /** The demo owner's credentials, when the demo was seeded. */
  owner: { email: string; password: string } | null;
  /** The demo's sources that take an API key, with the URL to post leads to. */
  sources: DemoSource[];
};

/** A demo source as printed: `Source "<name>" (<type>): POST <url>` then its bearer key. */
export type DemoSource = { name: string; type: string; id: string; url: string; apiKey: string };

// The demo prints each source on two lines; sources signed by a secret have no bearer key.
const sourceLines =
  /Source "([^"]+)" \(([^)]+)\): POST (\S+\/v1\/sources\/([^/\s]+)\/leads)\n\s+Authorization: Bearer (\S+)/g;

function demoSources(output: string): DemoSource[] {
  return [...output.matchAll(sourceLines)].flatMap(([, name, type, url, id, apiKey]) =>
    name && type && url && id && apiKey ? [{ name, type, id, url, apiKey }] : [],
  );
}

/**
 * The built runtime (`apps/runtime/dist/main.js`, from `pnpm build`) as its own process on
 * 127.0.0.1 with a fresh database in a temp folder; stopped when the test finishes.
 */
export async function startRuntimeProcess(options: { demo: boolean }): Promise<StartedRuntime> {
  if (!existsSync(mainJs))
    throw new Error('Build the runtime first: pnpm --filter @switchyard/runtime build');
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-e2e-'));
  const child = spawn(process.execPath, [mainJs], {
    cwd: dir,
    // Specs make their own leads; the demo's 90 days of history would only slow them.
    env: runtimeEnv(dir, { demo: options.demo, historyDays: 0, logLevel: 'warn' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(async () => {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  });
  let output = '';
  return new Promise<StartedRuntime>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The runtime did not start:\n${output}`)),
      30_000,
    );
    child.once('exit', (code) => reject(new Error(`The runtime exited (${code}):\n${output}`)));
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      const listening =
        /"url":"(http:\/\/127\.0\.0\.1:\d+)"[^\n]*Switchyard runtime listening/.exec(output);
      if (!listening?.[1]) return;
      clearTimeout(timer);
      const owner = / as (\S+@\S+) with password (\S+)/.exec(output);
      resolve({
        url: listening[1],
        owner: owner?.[1] && owner[2] ? { email: owner[1], password: owner[2] } : null,
        sources: demoSources(output),
      });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
