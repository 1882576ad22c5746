import { createHash } from 'node:crypto';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/seed-demo';
import { fiveReps, poolFlow } from './flows';
import { postJson } from './http';
import { seedOrg, startTestRuntime } from './test-runtime';

/** JSON with object keys sorted at every level: what the published hash is taken over. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

type Version = {
  version: number;
  live: boolean;
  document: { nodes: unknown[] };
  logic: unknown;
  hash: string;
  fieldsRead: string[];
};

describe('issue 21: the published artifact anyone can read', () => {
  it('serves a version with the JSON Logic that decided a lead, which json-logic-js re-evaluates', async () => {
    const runtime = await startTestRuntime();
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    const website = demo.sources.find((source) => source.type === 'json');
    if (!website?.apiKey) throw new Error('no demo JSON source');
    const read = { authorization: `Bearer ${demo.adminApiKey}` };

    const routed = await postJson(
      `${runtime.url}/v1/sources/${website.id}/leads`,
      { email: 'ana@acme.example', company: 'Acme', employees: 1200, country: 'Germany' },
      { authorization: `Bearer ${website.apiKey}` },
    );
    expect(routed.status).toBe(201);
    const lead = (await (
      await fetch(`${runtime.url}/v1/leads/${routed.body.leadId}`, { headers: read })
    ).json()) as { fields: Record<string, unknown>; terminalNodeId: string };

    const url = `${runtime.url}/v1/flows/${demo.flowId}/versions`;
    const first = (await (await fetch(`${url}/1`, { headers: read })).json()) as Version;
    const live = (await (await fetch(`${url}/live`, { headers: read })).json()) as Version;
    expect(live).toEqual(first);
    expect(first).toMatchObject({ version: 1, live: true });
    expect(first.document.nodes.length).toBeGreaterThan(3);
    // The hash is SHA-256 of the logic's canonical JSON, checkable by anyone.
    expect(first.hash).toBe(createHash('sha256').update(canonical(first.logic)).digest('hex'));
    expect(first.fieldsRead).toEqual(
      expect.arrayContaining(['employees', 'isFreeEmail', 'country']),
    );
    // The official JSON Logic library, given the fields the decision saw, reaches the same step.
    const [terminal] = jsonLogic.apply(first.logic as jsonLogic.RulesLogic, lead.fields) as [
      string,
    ];
    expect(terminal).toBe(lead.terminalNodeId);
  });

  it('says what is wrong with a version that does not exist or is named badly', async () => {
    const runtime = await startTestRuntime();
    const demo = await seedDemo(runtime.deps);
    if (!demo) throw new Error('demo not seeded');
    const other = await seedOrg(runtime, {
      teams: { sales: fiveReps },
      flow: poolFlow('blind'),
      sources: [{ type: 'json' }],
    });
    const read = { authorization: `Bearer ${demo.adminApiKey}` };
    const get = async (path: string, headers = read) => {
      const response = await fetch(`${runtime.url}${path}`, { headers });
      const body = (await response.json()) as { error?: { code: string; message: string } };
      return [response.status, body.error?.code];
    };
    expect(await get(`/v1/flows/${demo.flowId}/versions/9`)).toEqual([404, 'version_not_found']);
    expect(await get(`/v1/flows/${demo.flowId}/versions/first`)).toEqual([400, 'invalid_input']);
    expect(await get(`/v1/flows/${demo.flowId}/versions/0`)).toEqual([400, 'invalid_input']);
    // Another organisation's key learns nothing of this flow, not even that it exists.
    expect(
      await get(`/v1/flows/${demo.flowId}/versions/1`, {
        authorization: `Bearer ${other.adminKey}`,
      }),
    ).toEqual([404, 'flow_not_found']);
  });
});
