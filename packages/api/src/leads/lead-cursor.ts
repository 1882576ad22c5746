import { failure } from '@switchyard/engine';
import { fail } from '../errors';

/** Where a page of leads ended: the last lead's receive time and id (ties broken by id). */
export type LeadCursor = { receivedAt: number; id: string };

/** An opaque cursor for the next page. */
export function encodeCursor(cursor: LeadCursor): string {
  return Buffer.from(`${cursor.receivedAt}:${cursor.id}`, 'utf8').toString('base64url');
}

/** The position a cursor names, or `invalid_input` for one this API did not make. */
export function decodeCursor(text: string): LeadCursor {
  const plain = Buffer.from(text, 'base64url').toString('utf8');
  const match = /^(\d{1,15}):([A-Za-z0-9_]{1,100})$/.exec(plain);
  if (!match?.[1] || !match[2]) {
    fail(
      failure('invalid_input', 'This page cursor is not valid; start again from the first page.'),
    );
  }
  return { receivedAt: Number(match[1]), id: match[2] };
}
