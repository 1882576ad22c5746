// Its own module, so mapping and the providers do not import each other (issue 21).

/** One lead inside a delivery, before mapping. */
export type Submission = {
  /** The provider's stable id, used for idempotency when no Idempotency-Key header is sent. */
  eventId: string | null;
  /** Provider field name → value, one level deep (nested values keep their objects). */
  record: Record<string, unknown>;
  /** The parsed payload of this submission, for `$…` JSONPath mappings. */
  payload: unknown;
  /** An HTML form's honeypot was filled: answer as usual, store nothing. */
  spam?: boolean;
  /** Meta sends ids only: the lead is fetched from the Graph API before mapping. */
  pendingFetch?: { leadgenId: string };
};
