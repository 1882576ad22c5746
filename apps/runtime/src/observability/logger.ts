import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * A failed query's text as drizzle words it (`Failed query: …\nparams: …`) without its
 * parameters: they hold session tokens, e-mails and user agents (issue 19).
 */
export function withoutQueryParams(text: string): string {
  return text.replace(/params: [^\n]*/g, 'params: [redacted]');
}

// pino's error serializer, with query parameters cut from every message and stack down the causes.
function errorSerializer(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') return withoutQueryParams(value);
    if (Array.isArray(value)) return value.map(clean);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          key === 'params' ? '[redacted]' : clean(inner),
        ]),
      );
    return value;
  };
  return clean(serialized);
}

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
      serializers: { err: errorSerializer },
      redact: {
        paths: ['*.authorization', '*.headers.authorization', '*.key', '*.secret', '*.token'],
        censor: '[redacted]',
      },
    },
    options.destination ?? process.stdout,
  );
}
