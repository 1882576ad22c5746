import type { Page } from 'playwright-core';
import type { DemoSource, StartedRuntime } from './runtime-process';

// The specs arrange data over HTTP, as the studio and a form would, never through app source.

/** Signs a member in over HTTP; the cookie header for later calls. */
export async function signInOverHttp(
  runtime: StartedRuntime,
  credentials: { email: string; password: string },
): Promise<string> {
  const response = await fetch(`${runtime.url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: runtime.url },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Calls a tRPC procedure as the signed-in member; the answer's `data`, or throws its error. */
export async function callTrpc<T>(
  runtime: StartedRuntime,
  cookie: string,
  call: { path: string; input?: unknown; mutation?: boolean },
): Promise<T> {
  const headers = { cookie, origin: runtime.url, 'content-type': 'application/json' };
  const url = `${runtime.url}/trpc/${call.path}`;
  const response = call.mutation
    ? await fetch(url, { method: 'POST', headers, body: JSON.stringify(call.input ?? {}) })
    : await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(call.input ?? null))}`, {
        headers,
      });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${call.path} failed: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

/** Posts one lead to a demo source; the ingest answer. */
export async function postLead(source: DemoSource, lead: Record<string, unknown>) {
  const response = await fetch(source.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${source.apiKey}` },
    body: JSON.stringify(lead),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`Posting a lead failed (${response.status}): ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Calls a tRPC mutation as the signed-in page's user (its cookies, our origin). */
export async function callApi<T>(
  page: Page,
  runtime: StartedRuntime,
  path: string,
  input: unknown,
): Promise<T> {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  return callTrpc<T>(runtime, cookie, { path, input, mutation: true });
}

type Draft = { nodes: Array<{ id: string; config: Record<string, unknown> }> };

/** Publishes a new version of a flow: its draft changed by `edit`, saved, then published. */
export async function publishEdited(
  runtime: StartedRuntime,
  cookie: string,
  input: { flowId: string; note: string; edit: (draft: Draft) => void },
): Promise<{ versionId: string; version: number }> {
  const flow = await callTrpc<{ draft: Draft; draftRevision: number }>(runtime, cookie, {
    path: 'flow.byId',
    input: { id: input.flowId },
  });
  input.edit(flow.draft);
  await callTrpc(runtime, cookie, {
    path: 'flow.saveDraft',
    input: { id: input.flowId, draft: flow.draft, baseRevision: flow.draftRevision },
    mutation: true,
  });
  return callTrpc(runtime, cookie, {
    path: 'flow.publish',
    input: { id: input.flowId, note: input.note },
    mutation: true,
  });
}

/** The demo: its owner's session cookie, the demo flow and the first source taking a key. */
export async function demoSession(runtime: StartedRuntime) {
  const source = runtime.sources[0];
  if (!runtime.owner || !source) throw new Error('The demo owner or source was not printed.');
  const cookie = await signInOverHttp(runtime, runtime.owner);
  const [demo] = await callTrpc<Array<{ id: string; name: string }>>(runtime, cookie, {
    path: 'flow.list',
    input: {},
  });
  if (!demo) throw new Error('The demo flow was not seeded.');
  return { cookie, demo, source };
}

/** A second version of the demo flow: its screening step now asks for 20+ staff. */
export function publishScreenFromTwenty(runtime: StartedRuntime, cookie: string, flowId: string) {
  return publishEdited(runtime, cookie, {
    flowId,
    note: 'Screen from 20 staff',
    edit: (draft) => {
      const screen = draft.nodes.find((node) => node.id === 'screen');
      if (!screen) throw new Error('The demo flow lost its screening step.');
      screen.config.rule = { '>=': [{ var: 'employees' }, 20] };
    },
  });
}
