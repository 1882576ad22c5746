import { createHmac } from 'node:crypto';
import { sameSecret } from '@switchyard/db';

/**
 * The proof that whoever accepts an invitation reads the invited mailbox: an HMAC of the
 * invitation id under a key derived from the runtime's secret key, sent only in the invitation
 * e-mail (and answered once to the owner who invites, to pass on). The id alone — which member
 * lists and the audit log once showed to managers — accepts nothing (issue 19: a manager became
 * owner by accepting an owner's invitation for an address they did not hold).
 */
export type InvitationLinks = {
  /** The link an invitee opens: the sign-in page with the invitation and its token. */
  url(invitationId: string): string;
  /** Whether `token` is the one mailed for `invitationId`. */
  isToken(invitationId: string, token: unknown): boolean;
};

export function createInvitationLinks(publicUrl: string, secretKey: Uint8Array): InvitationLinks {
  const key = createHmac('sha256', secretKey).update('switchyard/invitation/v1').digest();
  const tokenOf = (invitationId: string) =>
    createHmac('sha256', key).update(invitationId).digest('base64url');
  return {
    url: (invitationId) =>
      `${publicUrl}/sign-in?${new URLSearchParams({ invitation: invitationId, token: tokenOf(invitationId) })}`,
    isToken: (invitationId, token) =>
      typeof token === 'string' && sameSecret(token, tokenOf(invitationId)),
  };
}
