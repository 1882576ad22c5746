import { describe, expect, it } from 'vitest';
import { startTestRuntime } from './test-runtime';

// Found by the hostile-input check: a request refused before its body was read left the
// keep-alive connection to be destroyed a moment later, under the client's next request.
describe('keep-alive after a refusal', () => {
  it('closes the connection of a request refused unread, and the next requests succeed', async () => {
    const runtime = await startTestRuntime();
    const big = 'x'.repeat(300 * 1024);
    const failures: string[] = [];
    for (let round = 0; round < 5; round++) {
      const refused = await fetch(`${runtime.url}/v1/leads/lead_x/claim`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: big,
      });
      expect(refused.status).toBe(413);
      expect(refused.headers.get('connection')).toBe('close');
      await refused.text();
      for (const path of ['/v1/leads/lead_y', '/v1/leads/lead_z', '/healthz']) {
        await fetch(`${runtime.url}${path}`)
          .then((response) => response.text())
          .catch((error: unknown) => failures.push(`${path}: ${String((error as Error).cause)}`));
      }
    }
    expect(failures).toEqual([]);
    const healthy = await fetch(`${runtime.url}/healthz`);
    expect(healthy.headers.get('connection')).toBe('keep-alive');
  });
});
