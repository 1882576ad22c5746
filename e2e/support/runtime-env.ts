import { join } from 'node:path';

/**
 * The environment the built runtime gets in specs and benchmarks: 127.0.0.1 on a free port, a
 * fresh database in `dir`, no background workers, and the demo with `historyDays` of history.
 */
export function runtimeEnv(
  dir: string,
  options: { demo: boolean; historyDays: number; logLevel: 'info' | 'warn' },
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${join(dir, 'data', 'switchyard.db')}`,
    SWITCHYARD_DEMO: options.demo ? 'true' : 'false',
    SWITCHYARD_DEMO_HISTORY_DAYS: String(options.historyDays),
    SWITCHYARD_WORKERS: 'false',
    LOG_LEVEL: options.logLevel,
  };
}
