import { errorCodes } from '@switchyard/engine';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { describe, expect, it } from 'vitest';
import { memberAs, openApi } from '../test/api-fixture';
import { trpcCodes } from './errors';
import { appRouter } from './root';
import type { ApiContext } from './trpc';

// A real HTTP round trip through tRPC's fetch adapter, so the error formatter runs.
async function call(context: ApiContext, path: string, init?: RequestInit) {
  const response = await fetchRequestHandler({
    endpoint: '/trpc',
    req: new Request(`http://localhost/trpc/${path}`, init),
    router: appRouter,
    createContext: () => context,
  });
  const body = (await response.json()) as {
    error?: { message: string; data: Record<string, unknown> };
  };
  return { status: response.status, error: body.error };
}

const query = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify(input))}`;

describe('errors', () => {
  it('places every error code of the engine', () => {
    expect(Object.keys(trpcCodes).sort()).toEqual([...errorCodes].sort());
  });

  it('puts our code and sentence on an expected failure', async () => {
    const { context } = await openApi();
    const { status, error } = await call(
      { ...context, orgId: 'org_a', principal: memberAs('owner') },
      `flow.byId${query({ id: 'flow_x' })}`,
    );
    expect(status).toBe(404);
    expect(error?.message).toBe('There is no flow "flow_x".');
    expect(error?.data).toMatchObject({
      code: 'NOT_FOUND',
      httpStatus: 404,
      appCode: 'flow_not_found',
    });
    expect(error?.data).not.toHaveProperty('stack');
  });

  it('translates a failure thrown by a db service', async () => {
    const { context } = await openApi();
    const { status, error } = await call(
      { ...context, orgId: 'org_a', principal: memberAs('owner') },
      `lead.byId${query({ id: 'lead_x' })}`,
    );
    expect(status).toBe(404);
    expect(error?.data).toMatchObject({ appCode: 'lead_not_found' });
  });

  it('words invalid input as a sentence and lists the issues', async () => {
    const { context } = await openApi();
    const { status, error } = await call(
      { ...context, orgId: 'org_a', principal: memberAs('owner') },
      'flow.create',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 42 }),
      },
    );
    expect(status).toBe(400);
    expect(error?.message).toMatch(/^The request is not valid: name: /);
    expect(error?.data).toMatchObject({ appCode: 'invalid_input', issues: [{ path: ['name'] }] });
  });

  it('answers unauthorized without an organisation, and route_not_found for no procedure', async () => {
    const { context } = await openApi();
    const anonymous = await call({ ...context, orgId: null, principal: null }, 'flow.list');
    expect(anonymous.status).toBe(401);
    expect(anonymous.error?.data).toMatchObject({ appCode: 'unauthorized' });
    const missing = await call(
      { ...context, orgId: 'org_a', principal: memberAs('owner') },
      'flow.nothing',
    );
    expect(missing.error?.data).toMatchObject({ code: 'NOT_FOUND', appCode: 'route_not_found' });
  });

  it('hides the details of a bug behind internal', async () => {
    const { context, database } = await openApi();
    await database.close(); // every query now fails the way a broken environment does
    const { status, error } = await call(
      { ...context, orgId: 'org_a', principal: memberAs('owner') },
      'flow.list',
    );
    expect(status).toBe(500);
    expect(error?.message).toBe('Something went wrong on our side; retry shortly.');
    expect(error?.data).toMatchObject({ appCode: 'internal' });
    expect(error?.data).not.toHaveProperty('stack');
  });
});
