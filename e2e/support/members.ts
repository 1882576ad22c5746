import { callTrpc, signInOverHttp } from './api-session';
import type { StartedRuntime } from './runtime-process';

type NewMember = { name: string; email: string; password: string; role: string };

async function postJson(runtime: StartedRuntime, path: string, body: unknown, cookie?: string) {
  const response = await fetch(`${runtime.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: runtime.url,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${path} failed (${response.status}): ${await response.text()}`);
  return response;
}

/**
 * A new member with a password, the way a person joins: the owner invites the e-mail with a
 * role, the invitee creates an account and accepts. The member's session cookie.
 */
export async function joinAsMember(
  runtime: StartedRuntime,
  ownerCookie: string,
  member: NewMember,
): Promise<string> {
  const me = await callTrpc<{ organization: { id: string } }>(runtime, ownerCookie, {
    path: 'account.me',
  });
  const invited = await postJson(
    runtime,
    '/api/auth/organization/invite-member',
    { email: member.email, role: member.role, organizationId: me.organization.id },
    ownerCookie,
  );
  // The owner's answer carries the invitee's link once (the token proves the mailbox).
  const { inviteUrl } = (await invited.json()) as { inviteUrl: string };
  const link = new URL(inviteUrl).searchParams;
  await postJson(runtime, '/api/auth/sign-up/email', {
    name: member.name,
    email: member.email,
    password: member.password,
  });
  const cookie = await signInOverHttp(runtime, member);
  await postJson(
    runtime,
    '/api/auth/organization/accept-invitation',
    { invitationId: link.get('invitation'), token: link.get('token') },
    cookie,
  );
  return cookie;
}
