// The fuzzer's check that a source's changed settings take effect on the very next delivery
// (issue 19, item 3: a Meta source kept a failed access token until a restart). Runs its own
// runtime process on the fuzzed database, with a Graph server on 127.0.0.1 that the operator
// allows (the main process allows nothing, so the canary stays unreachable there).
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { fixtureBytes } from '../test/fixtures';
import { spawnRuntime } from '../test/processes';

type Options = {
  env: Record<string, string>;
  adminKey: string;
  json: { id: string; apiKey: string };
  meta: { id: string; secret: string };
};

/** Rotates a key and replaces a Meta token, each followed at once by a delivery. */
export async function changedSettingsTakeEffect(options: Options): Promise<string[]> {
  const newToken = 'EAAG-fuzz-replaced-token-7m1c';
  const graph = createServer((request, response) => {
    if (!request.url?.includes(`access_token=${newToken}`)) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end('{"error":{"message":"Invalid OAuth access token.","code":190}}');
      return;
    }
    const lead = JSON.parse(fixtureBytes('meta-lead-graph.json').toString('utf8'));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ...lead, id: request.url.split('?')[0]?.split('/').pop() }));
  });
  await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
  const graphPort = (graph.address() as { port: number }).port;
  const server = await spawnRuntime({
    ...options.env,
    SWITCHYARD_OUTBOUND_ALLOW: '127.0.0.1',
    META_GRAPH_URL: `http://127.0.0.1:${graphPort}/v21.0`,
  });
  const problems: string[] = [];
  const post = (path: string, body: string, headers: Record<string, string>) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    }).then(async (response) => ({ status: response.status, body: await response.json() }));
  const admin = { authorization: `Bearer ${options.adminKey}` };
  const jsonLead = (key: string) =>
    post(`/v1/sources/${options.json.id}/leads`, '{"email":"rotated@acme.example"}', {
      authorization: `Bearer ${key}`,
    });
  const metaBody = JSON.stringify({
    object: 'page',
    entry: [{ id: '1', time: 1, changes: [{ field: 'leadgen', value: { leadgen_id: '77' } }] }],
  });
  const metaSignature = `sha256=${createHmac('sha256', options.meta.secret).update(metaBody).digest('hex')}`;
  const metaLead = () =>
    post(`/v1/sources/${options.meta.id}/leads`, metaBody, {
      'x-hub-signature-256': metaSignature,
    });
  try {
    // Warm the cache of both sources with their current settings.
    if ((await jsonLead(options.json.apiKey)).status !== 201)
      problems.push('the JSON source refused its own key');
    const failed = await metaLead();
    if (failed.status !== 502)
      problems.push(`a Meta delivery with a refused token answered ${failed.status}`);

    const rotated = await post(
      '/trpc/source.rotateKey',
      JSON.stringify({ id: options.json.id }),
      admin,
    );
    const newKey = rotated.body?.result?.data?.credentials?.apiKey as string;
    const withOld = await jsonLead(options.json.apiKey);
    const withNew = await jsonLead(newKey);
    if (withOld.status !== 401) problems.push(`a rotated-out key answered ${withOld.status}`);
    if (withNew.status !== 201) problems.push(`a freshly rotated key answered ${withNew.status}`);

    const updated = await post(
      '/trpc/source.update',
      JSON.stringify({ id: options.meta.id, settings: { accessToken: newToken } }),
      admin,
    );
    if (updated.status !== 200) problems.push(`source.update answered ${updated.status}`);
    const routed = await metaLead();
    if (routed.status !== 201)
      problems.push(`a Meta delivery after its token was replaced answered ${routed.status}`);
  } finally {
    await server.stop();
    graph.close();
  }
  return problems;
}
