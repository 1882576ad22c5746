import {
  openSettings,
  type PublishedFlow,
  type RouteResult,
  routeLeads,
  SourceChangedError,
} from '@switchyard/db';
import { AppError, failure } from '@switchyard/engine';
import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { fail, failWith } from '../http/errors';
import { readRawBody } from '../http/raw-body';
import { requestHeaders } from '../http/request-headers';
import { parseDelivery, submissionOverLimits } from '../ingest/parse-delivery';
import { providers } from '../ingest/providers';
import type { InboundRequest, Submission, VerifyContext } from '../ingest/providers/provider';
import type { CheckedSource, SourceRow } from '../ingest/source-cache';

/** `POST /v1/sources/:sourceId/leads`: verify, parse, map, route and commit before answering. */
export function ingestRoutes(deps: AppDeps) {
  const app = new Hono();

  app.on(['POST', 'PUT'], '/v1/sources/:sourceId/leads', async (c) => {
    const now = deps.clock();
    const sourceId = c.req.param('sourceId');
    const rawBody = await readRawBody(c, deps.maxBodyBytes);
    const received = requestHeaders(c);
    let url: URL | undefined;
    const delivery: Delivery = {
      request: {
        method: c.req.method,
        // Parsed only for the providers that read it (Jotform, Meta): 1 % of the ingest path.
        get url() {
          url ??= new URL(c.req.url);
          return url;
        },
        headers: received,
        rawBody,
      },
      idempotencyKey: received.get('idempotency-key')?.trim() || null,
      now,
    };
    let source = await findSource(deps, sourceId, { fresh: false });
    const limited = deps.rateLimiter.take(source.row.id, source.row.ratePerMinute, now);
    if (!limited.ok) {
      return failWith(
        c,
        failure(
          'rate_limited',
          `This source accepts ${source.row.ratePerMinute} deliveries a minute; try again shortly.`,
        ),
        { 'Retry-After': String(limited.retryAfterSeconds) },
      );
    }
    let outcome: Awaited<ReturnType<typeof ingest>>;
    try {
      outcome = await ingest(deps, source, delivery);
    } catch (error) {
      // Refused or failed on a cached source that has changed since: try again on the fresh row,
      // so a cache never lets in a rotated key, turns away a new one, or keeps using a replaced
      // setting (a Meta token fixed after `upstream_failed`, issue 19). When nothing changed the
      // first answer stands, and a failed upstream fetch is not repeated.
      if (!(error instanceof SourceChangedError || error instanceof AppError)) throw error;
      const fresh = await findSource(deps, sourceId, { fresh: true });
      if (!(error instanceof SourceChangedError) && fresh.fingerprint === source.fingerprint)
        throw error;
      source = fresh;
      outcome = await ingest(deps, source, delivery);
    }
    const { routed, count } = outcome;
    for (const r of routed) if (!r.replayed) deps.metrics.routed.inc({ status: r.status });
    const replayed = routed.length > 0 && routed.every((r) => r.replayed);
    const redirectUrl = source.row.settings.redirectUrl;
    if (source.row.type === 'html_form' && typeof redirectUrl === 'string')
      return c.redirect(redirectUrl, 303);
    const headers = replayed ? { 'Idempotent-Replayed': 'true' } : undefined;
    const bodies = routed.map(({ replayed: _replayed, ...r }) => r);
    if (count === 1) {
      return c.json(bodies[0] ?? { accepted: true }, 201, headers);
    }
    return c.json({ leads: bodies }, 201, headers);
  });

  app.get('/v1/sources/:sourceId/leads', async (c) => {
    const { row: source } = await findSource(deps, c.req.param('sourceId'), { fresh: true });
    const provider = providers[source.type as keyof typeof providers];
    const request: InboundRequest = {
      method: 'GET',
      url: new URL(c.req.url),
      headers: requestHeaders(c),
      rawBody: new Uint8Array(),
    };
    const answer = provider.handshake?.(request, verifyContext(deps, source, deps.clock()));
    if (!answer)
      return failWith(c, failure('invalid_input', 'Send leads to this address with POST.'));
    return c.body(answer.body, answer.status as 200, { 'Content-Type': answer.contentType });
  });

  return app;
}

type Delivery = { request: InboundRequest; idempotencyKey: string | null; now: Date };

/** Verify, parse, map and route one delivery against `source` (as the cache or database has it). */
async function ingest(deps: AppDeps, source: CheckedSource, delivery: Delivery) {
  const { request, now } = delivery;
  const provider = providers[source.row.type as keyof typeof providers];
  const context = verifyContext(deps, source.row, now);
  const verified = provider.verify(request, context);
  if (!verified.ok) fail(verified.error);
  const parsed = await parseDelivery(provider, request, context);
  if (!parsed.ok) fail(parsed.error);
  const flow = routableFlow(source);
  const submissions = await Promise.all(
    parsed.value.map((s) =>
      s.pendingFetch && provider.fetchLead ? fetchLead(deps, provider.fetchLead, s, context) : s,
    ),
  );
  deps.metrics.received.inc({ source_type: source.row.type }, parsed.value.length);
  const stopTimer = deps.metrics.decisionSeconds.startTimer();
  const results = await Promise.all(
    submissions.map((submission, index) => {
      if (submission.spam) return null;
      // The provider's event id (signed with the body, or the body's own submission id) wins
      // over the header: a captured signed delivery re-sent with a new Idempotency-Key is the
      // same lead (issue 19). The header keys only deliveries that carry no id of their own.
      const headerKey = delivery.idempotencyKey;
      const idempotencyKey =
        submission.eventId ??
        (headerKey && submissions.length > 1 ? `${headerKey}#${index}` : headerKey);
      return deps.database.writeBatched(routeLeads, {
        leadId: deps.ids.id('lead'),
        sourceId: source.row.id,
        flow,
        experiment: source.experiment,
        input: source.mapLead(submission),
        idempotencyKey,
        now,
        newId: deps.ids.id,
        checkedSource: source.fingerprint,
      });
    }),
  );
  stopTimer();
  return {
    routed: results.filter((r): r is RouteResult => r !== null),
    count: parsed.value.length,
  };
}

async function findSource(
  deps: AppDeps,
  sourceId: string,
  options: { fresh: boolean },
): Promise<CheckedSource> {
  const source = await deps.sources.get(sourceId, options);
  if (!source)
    fail(failure('source_not_found', `There is no source "${sourceId}". Check the webhook URL.`));
  if (!source.row.enabled)
    fail(failure('source_disabled', `The source "${source.row.name}" is switched off.`));
  if (!(source.row.type in providers))
    throw new Error(`Source ${source.row.id} has unknown type ${source.row.type}`);
  return source;
}

/** The live flow a source feeds, or a 503 so the sender retries once a flow is published. */
function routableFlow(source: CheckedSource): PublishedFlow {
  if (!source.flow) {
    fail(
      failure(
        'no_published_flow',
        `The source "${source.row.name}" feeds no published flow yet; the lead was not stored, retry later.`,
      ),
    );
  }
  return source.flow;
}

function verifyContext(deps: AppDeps, source: SourceRow, now: Date): VerifyContext {
  return {
    now,
    secret: source.sealedSecret ? deps.secrets.open(source.sealedSecret) : null,
    keyHash: source.keyHash,
    settings: openSettings(source.settings, deps.secrets),
    graphBaseUrl: deps.metaGraphUrl,
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
  const refused = submissionOverLimits(fetched.value);
  if (refused) fail(refused);
  return fetched.value;
}
