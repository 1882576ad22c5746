import { type Logger, pino } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout; credentials are redacted wherever they appear. */
export function createLogger(options: {
  level: string;
  destination?: NodeJS.WritableStream;
}): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'switchyard-runtime' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['*.authorization', '*.headers.authorization', '*.key', '*.secret', '*.token'],
        censor: '[redacted]',
      },
    },
    options.destination ?? process.stdout,
  );
}
