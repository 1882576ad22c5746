import { describe, expect, it } from 'vitest';
import { procedureRoles, type Role, roles } from '../src/access';
import { appRouter } from '../src/root';
import { memberAs, openApi } from './api-fixture';

const paths = Object.keys(appRouter._def.procedures).sort();
const roleDenial = /^Your role \(\w+\) does not allow this/;

type Callable = (input?: unknown) => Promise<unknown>;

function procedureAt(caller: unknown, path: string): Callable {
  let at: unknown = caller;
  for (const key of path.split('.')) at = (at as Record<string, unknown>)[key];
  return at as Callable;
}

// Whether the role check let the call through: any other outcome (success, not found, invalid
// input, a rep's own-lead rule) means the procedure ran past it.
async function passesRoleCheck(role: Role, path: string): Promise<boolean> {
  const { callerFor } = await openApi();
  const caller = callerFor('org_a', memberAs(role, { repId: null }));
  try {
    await procedureAt(caller, path)({});
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    return !roleDenial.test(message);
  }
}

describe('the access table', () => {
  it('names every procedure of the router, and nothing else', () => {
    expect(Object.keys(procedureRoles).sort()).toEqual(paths);
  });

  it('lists only known roles, and gives the owner every procedure', () => {
    for (const allowed of Object.values(procedureRoles)) {
      for (const role of allowed) expect(roles).toContain(role);
      expect(allowed).toContain('owner');
    }
  });

  describe.each(roles)('as %s', (role) => {
    it('is allowed exactly the procedures the table gives the role', async () => {
      const outcome: Record<string, boolean> = {};
      for (const path of paths) outcome[path] = await passesRoleCheck(role, path);
      const expected = Object.fromEntries(
        paths.map((path) => [
          path,
          (procedureRoles as Record<string, readonly Role[]>)[path]?.includes(role) ?? false,
        ]),
      );
      expect(outcome).toEqual(expected);
      // One fresh database per procedure: on a busy 2-core machine this takes longer than 5 s.
    }, 60_000);
  });

  it('refuses a denied call with not_allowed and a sentence naming the role', async () => {
    const { callerFor } = await openApi();
    const viewer = callerFor('org_a', memberAs('viewer'));
    await expect(viewer.flow.publish({ id: 'flow_x', note: '' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(roleDenial),
    });
  });

  it('refuses a caller without a principal before anything else', async () => {
    const { context } = await openApi();
    const { createApiCaller } = await import('../src/index');
    const nobody = createApiCaller({ ...context, orgId: 'org_a', principal: null });
    await expect(nobody.account.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
