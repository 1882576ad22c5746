import type { AppFailure } from '@switchyard/engine';
import type { Result } from '@switchyard/logic';
import type { HeaderReader } from '../../http/request-headers';
import type { FieldMapping } from '../mapping';
import type { Submission } from '../submission';

export type { SourceType } from '@switchyard/db';

import type { SourceType } from '@switchyard/db';

/** The delivery as it arrived: signatures are checked over these exact bytes. */
export type InboundRequest = {
  method: string;
  url: URL;
  headers: HeaderReader;
  rawBody: Uint8Array;
};

/** The source's credentials and settings, and the clock to judge timestamps by. */
export type VerifyContext = {
  now: Date;
  /** The opened signing secret (HMAC providers, Jotform URL token). */
  secret: string | null;
  /** sha256 hex of the source's API key (generic JSON sources). */
  keyHash: string | null;
  /** The source's settings, secret ones opened. */
  settings: Record<string, unknown>;
  /** The Graph API's base address: the operator's (`META_GRAPH_URL`), never a source's. */
  graphBaseUrl: string;
};

export type { Submission } from '../submission';

/** How one form tool's deliveries are authenticated, parsed and mapped. */
export type Provider = {
  type: SourceType;
  label: string;
  verify(request: InboundRequest, context: VerifyContext): Result<void, AppFailure>;
  parse(request: InboundRequest, context: VerifyContext): Promise<Result<Submission[], AppFailure>>;
  /** Works out of the box with the provider's usual field names; a source's own mapping overrides it. */
  defaultMapping: FieldMapping;
  /** Subscription handshakes (Meta's hub.challenge). */
  handshake?(
    request: InboundRequest,
    context: VerifyContext,
  ): { status: number; body: string; contentType: string } | null;
  fetchLead?(
    submission: Submission,
    context: VerifyContext & { fetch: typeof fetch },
  ): Promise<Result<Submission, AppFailure>>;
};
