import { eq, type RoutedLead, routeLead, sources } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { fail, failWith } from '../http/errors';
import { applyMapping } from '../ingest/mapping';
import { providers } from '../ingest/providers';
import type { InboundRequest, Submission, VerifyContext } from '../ingest/providers/provider';
import { loadRoutableFlow } from './routable-flow';

type SourceRow = typeof sources.$inferSelect;

/** `POST /v1/sources/:sourceId/leads`: verify, parse, map, route and commit before answering. */
export function ingestRoutes(deps: AppDeps) {
  const app = new Hono();

  app.on(['POST', 'PUT'], '/v1/sources/:sourceId/leads', async (c) => {
    const now = deps.clock();
    const source = await findSource(deps, c.req.param('sourceId'));
    const limited = deps.rateLimiter.take(source.id, source.ratePerMinute, now);
    if (!limited.ok) {
      return failWith(
        c,
        failure(
          'rate_limited',
          `This source accepts ${source.ratePerMinute} deliveries a minute; try again shortly.`,
        ),
        { 'Retry-After': String(limited.retryAfterSeconds) },
      );
    }
    const provider = providers[source.type as keyof typeof providers];
    const request: InboundRequest = {
      method: c.req.method,
      url: new URL(c.req.url),
      headers: c.req.raw.headers,
      rawBody: new Uint8Array(await c.req.arrayBuffer()),
    };
    const context = verifyContext(deps, source, now);
    const verified = provider.verify(request, context);
    if (!verified.ok) fail(verified.error);
    const parsed = await provider.parse(request, context);
    if (!parsed.ok) fail(parsed.error);
    deps.metrics.received.inc({ source_type: source.type }, parsed.value.length);
    const flow = await loadRoutableFlow(deps, source);
    const headerKey = c.req.header('idempotency-key')?.trim() || null;
    const submissions = await Promise.all(
      parsed.value.map((s) =>
        s.pendingFetch && provider.fetchLead ? fetchLead(deps, provider.fetchLead, s, context) : s,
      ),
    );
    const stopTimer = deps.metrics.decisionSeconds.startTimer();
    const results = await Promise.all(
      submissions.map((submission, index) => {
        if (submission.spam) return null;
        const idempotencyKey = headerKey
          ? submissions.length > 1
            ? `${headerKey}#${index}`
            : headerKey
          : submission.eventId;
        const input = applyMapping({ ...provider.defaultMapping, ...source.mapping }, submission);
        return deps.database.write((tx) =>
          routeLead(tx, {
            leadId: deps.ids.id('lead'),
            sourceId: source.id,
            flow,
            input,
            idempotencyKey,
            now,
            newId: deps.ids.id,
          }),
        );
      }),
    );
    stopTimer();
    const routed = results.filter((r): r is RoutedLead & { replayed: boolean } => r !== null);
    for (const r of routed) if (!r.replayed) deps.metrics.routed.inc({ status: r.status });
    const replayed = routed.length > 0 && routed.every((r) => r.replayed);
    const redirectUrl = source.settings.redirectUrl;
    if (source.type === 'html_form' && typeof redirectUrl === 'string')
      return c.redirect(redirectUrl, 303);
    const headers = replayed ? { 'Idempotent-Replayed': 'true' } : undefined;
    const bodies = routed.map(({ replayed: _replayed, ...r }) => r);
    if (parsed.value.length === 1) {
      return c.json(bodies[0] ?? { accepted: true }, 201, headers);
    }
    return c.json({ leads: bodies }, 201, headers);
  });

  app.get('/v1/sources/:sourceId/leads', async (c) => {
    const source = await findSource(deps, c.req.param('sourceId'));
    const provider = providers[source.type as keyof typeof providers];
    const request: InboundRequest = {
      method: 'GET',
      url: new URL(c.req.url),
      headers: c.req.raw.headers,
      rawBody: new Uint8Array(),
    };
    const answer = provider.handshake?.(request, verifyContext(deps, source, deps.clock()));
    if (!answer)
      return failWith(c, failure('invalid_input', 'Send leads to this address with POST.'));
    return c.body(answer.body, answer.status as 200, { 'Content-Type': answer.contentType });
  });

  return app;
}

async function findSource(deps: AppDeps, sourceId: string): Promise<SourceRow> {
  const [source] = await deps.database.db.select().from(sources).where(eq(sources.id, sourceId));
  if (!source)
    fail(failure('source_not_found', `There is no source "${sourceId}". Check the webhook URL.`));
  if (!source.enabled)
    fail(failure('source_disabled', `The source "${source.name}" is switched off.`));
  if (!(source.type in providers))
    throw new Error(`Source ${source.id} has unknown type ${source.type}`);
  return source;
}

function verifyContext(deps: AppDeps, source: SourceRow, now: Date): VerifyContext {
  const settings = { graphBaseUrl: deps.metaGraphUrl, ...source.settings };
  return {
    now,
    secret: source.sealedSecret ? deps.secrets.open(source.sealedSecret) : null,
    keyHash: source.keyHash,
    settings,
  };
}

async function fetchLead(
  deps: AppDeps,
  fetchLeadOf: NonNullable<(typeof providers)[keyof typeof providers]['fetchLead']>,
  submission: Submission,
  context: VerifyContext,
): Promise<Submission> {
  const fetched = await fetchLeadOf(submission, { ...context, fetch: deps.fetch });
  if (!fetched.ok) fail(fetched.error);
  return fetched.value;
}
