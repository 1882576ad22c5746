import { members, organizations, recordAudit, users } from '@switchyard/db';
import type { AppDeps } from '../deps';

/** A new user who owns an organisation: the demo owner, or the first owner of a fresh install. */
export async function createOwner(
  deps: Pick<AppDeps, 'auth' | 'database' | 'clock' | 'ids'>,
  input: { orgId: string; name: string; email: string; password: string },
) {
  await deps.auth.api.signUpEmail({
    body: { name: input.name, email: input.email, password: input.password },
  });
  // Sign-up starts no session and answers alike for a taken e-mail (see create-auth.ts): the
  // session, and the real user id, come from signing in.
  const signedIn = await deps.auth.api.signInEmail({
    body: { email: input.email, password: input.password },
    returnHeaders: true,
  });
  const userId = signedIn.response.user.id;
  const now = deps.clock();
  await deps.database.write(async (tx) => {
    await tx.insert(members).values({
      id: deps.ids.id('mem'),
      organizationId: input.orgId,
      userId,
      role: 'owner',
      createdAt: now,
    });
    await recordAudit(
      tx,
      {
        orgId: input.orgId,
        actor: { type: 'user', id: userId, label: input.email },
        action: 'member.owner_created',
        target: { type: 'user', id: userId },
        after: { role: 'owner' },
      },
      { now, newId: (prefix) => deps.ids.id(prefix) },
    );
  });
  return { userId, headers: signedIn.headers };
}

/** True while nobody has an account: the sign-in page then asks for the first owner. */
export async function needsFirstOwner(deps: Pick<AppDeps, 'database'>): Promise<boolean> {
  const [anyone] = await deps.database.db.select({ id: users.id }).from(users).limit(1);
  return anyone === undefined;
}

/** Creates the organisation the first owner will own. */
export async function createOrganization(
  deps: Pick<AppDeps, 'database' | 'clock' | 'ids'>,
  name: string,
): Promise<string> {
  const id = deps.ids.id('org');
  const slug = `${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'org'
  }-${id.slice(-6)}`;
  await deps.database.write((tx) =>
    tx.insert(organizations).values({ id, name, slug, createdAt: deps.clock() }),
  );
  return id;
}
