import { type AppFailure, checkPayloadLimits } from '@switchyard/engine';
import { err, type Result } from '@switchyard/logic';
import type { InboundRequest, Provider, Submission, VerifyContext } from './providers/provider';

/**
 * A delivery parsed by its provider and held to the payload limits (depth, text and list
 * length, field count) before anything is mapped, normalised or sent to the writer thread: the
 * one place every inbound lead passes, the live ingest and "Test with a sample payload" alike.
 */
export async function parseDelivery(
  provider: Provider,
  request: InboundRequest,
  context: VerifyContext,
): Promise<Result<Submission[], AppFailure>> {
  const parsed = await provider.parse(request, context);
  if (!parsed.ok) return parsed;
  for (const submission of parsed.value) {
    const refused = submissionOverLimits(submission);
    if (refused) return err(refused);
  }
  return parsed;
}

/**
 * The first payload limit a submission breaks (its payload or its record), or null. The JSON and
 * HTML-form providers hand the same object as both: it is walked once.
 */
export function submissionOverLimits(submission: Submission): AppFailure | null {
  const { payload, record } = submission;
  return checkPayloadLimits(payload) ?? (record === payload ? null : checkPayloadLimits(record));
}
