import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const runtimeRoot = new URL('..', import.meta.url);

/** Starts the runtime (`src/main.ts` under tsx) as a separate OS process on 127.0.0.1:0. */
export async function spawnRuntime(env: Record<string, string>): Promise<{
  url: string;
  process: ChildProcess;
  /** Everything the process printed so far (stdout lines and stderr), for checks on logs. */
  output(): string;
  stop(): Promise<void>;
}> {
  // RUNTIME_NODE_ARGS lets a benchmark profile the child, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
  const nodeArgs = process.env.RUNTIME_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
    cwd: runtimeRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SWITCHYARD_DEMO: 'false',
      LOG_LEVEL: 'info',
      SWITCHYARD_OUTBOUND_ALLOW: '127.0.0.1,::1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const printed: string[] = [];
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
    printed.push(String(chunk));
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const timer = setTimeout(() => reject(new Error(`runtime did not start: ${stderr}`)), 30_000);
    lines.on('line', (line) => {
      printed.push(line);
      if (!line.startsWith('{')) {
        // Node's own diagnostics (`RUNTIME_NODE_ARGS=--trace-gc`) go to a file if asked.
        if (process.env.RUNTIME_STDOUT_FILE)
          appendFileSync(process.env.RUNTIME_STDOUT_FILE, `${line}\n`);
        return;
      }
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'Switchyard runtime listening' && entry.url) {
        clearTimeout(timer);
        resolve(entry.url);
      }
    });
    child.once('exit', (code) => reject(new Error(`runtime exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    process: child,
    output: () => printed.join('\n'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
