import type { LookupAddress } from 'node:dns';
import { createServer } from 'node:http';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createOutboundFetch, createOutboundPolicy, isPrivateAddress } from './outbound';

const refusal = (url: string, allow = '') => createOutboundPolicy(allow).refusalOf(new URL(url));

async function receiver() {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    if (request.url === '/redirect') response.writeHead(307, { location: '/landed' }).end();
    else response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.address() as { port: number }).port, hits };
}

describe('outbound policy', () => {
  it('refuses loopback, private, link-local, unique-local and unspecified addresses in every spelling', () => {
    for (const url of [
      'http://127.0.0.1/',
      'http://localhost:8787/',
      'http://LOCALHOST./',
      'http://app.localhost/',
      'http://[::1]/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://0177.0.0.1/',
      'http://127.1/',
      'http://0.0.0.0/',
      'http://[::]/',
      'http://10.1.2.3/',
      'http://172.16.0.9/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://metadata.google.internal/',
      'http://[fd00::1]/',
      'http://[fe80::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:7f00:1]/',
      'http://[64:ff9b::a00:1]/',
      'http://100.64.0.1/',
      'http://intranet/',
      'ftp://files.example/',
      'http://user:pass@hooks.example/',
    ]) {
      expect(refusal(url), url).not.toBeNull();
    }
  });

  it('lets public addresses and names through', () => {
    for (const url of [
      'https://hooks.example.com/in',
      'http://93.184.216.34/',
      'https://[2606:4700::1111]/',
    ]) {
      expect(refusal(url), url).toBeNull();
    }
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('2a00:1450::1')).toBe(false);
  });

  it('lets the operator allow host names, addresses and CIDRs, and nothing more', () => {
    const allow = '127.0.0.1,::1,crm.intranet,10.2.0.0/16';
    expect(refusal('http://127.0.0.1:9000/', allow)).toBeNull();
    expect(refusal('http://[::1]:9000/', allow)).toBeNull();
    expect(refusal('http://crm.intranet/api', allow)).toBeNull();
    expect(refusal('http://10.2.7.7/', allow)).toBeNull();
    expect(refusal('http://10.3.0.1/', allow)).not.toBeNull();
    expect(refusal('http://127.0.0.2/', allow)).not.toBeNull();
    expect(refusal('http://localhost/', allow)).not.toBeNull();
  });
});

describe('outbound fetch', () => {
  it('refuses a name that resolves to loopback at connect time (DNS rebinding), and sends nothing', async () => {
    const { port, hits } = await receiver();
    const rebinding = ((_host: string, _options: unknown, callback: (...args: unknown[]) => void) =>
      callback(null, [{ address: '127.0.0.1', family: 4 } satisfies LookupAddress])) as never;
    const guarded = createOutboundFetch(createOutboundPolicy(''), rebinding);
    await expect(guarded(`http://hooks.rebind.example:${port}/in`)).rejects.toThrow();
    expect(hits).toEqual([]);
  });

  it('never follows a redirect: the 307 is the answer and the body is not sent again', async () => {
    const { port, hits } = await receiver();
    const guarded = createOutboundFetch(createOutboundPolicy('127.0.0.1'));
    const response = await guarded(`http://127.0.0.1:${port}/redirect`, {
      method: 'POST',
      body: 'lead',
    });
    expect(response.status).toBe(307);
    expect(hits).toEqual(['/redirect']);
  });

  it('refuses a literal private address before connecting', async () => {
    const { port, hits } = await receiver();
    const guarded = createOutboundFetch(createOutboundPolicy(''));
    await expect(guarded(`http://127.0.0.1:${port}/in`)).rejects.toMatchObject({
      code: 'outbound_refused',
    });
    await expect(guarded(`http://2130706433:${port}/in`)).rejects.toThrow(/private or local/);
    expect(hits).toEqual([]);
  });
});
