import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startTestRuntime } from './test-runtime';

/** A studio build in a temp folder: an index page and one hashed asset. */
function fakeStudioBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-studio-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>Studio</title><div id="root"></div>',
  );
  const script = 'console.log("studio");\n'.repeat(100);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), script);
  // What vite-plugin-compression2 writes beside each asset at build.
  writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'assets', 'index-abc123.js.gz'), gzipSync(script));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const page = { accept: 'text/html,application/xhtml+xml' };

describe('serving the studio', () => {
  it('answers every studio address with the index page, and hashed assets cached for a year', async () => {
    const runtime = await startTestRuntime({ studioDir: fakeStudioBuild() });
    for (const path of ['/', '/flows', '/flows/flow_1', '/leads?status=new']) {
      const response = await fetch(`${runtime.url}${path}`, { headers: page });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>Studio</title>');
    }
    const asset = await fetch(`${runtime.url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('sends assets precompressed to browsers that accept brotli or gzip, plain to others', async () => {
    const runtime = await startTestRuntime({ studioDir: fakeStudioBuild() });
    const url = `${runtime.url}/assets/index-abc123.js`;
    const script = 'console.log("studio");\n'.repeat(100);
    for (const [accepts, encoding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      // fetch decodes what it announced it accepts, so what arrives must be the script itself.
      const response = await fetch(url, { headers: { 'accept-encoding': accepts } });
      expect(response.headers.get('content-encoding'), accepts).toBe(encoding);
      expect(response.headers.get('content-type')).toContain('javascript');
      expect(await response.text()).toBe(script);
    }
  });

  it('answers a studio API call of over 1 kB gzipped', async () => {
    const runtime = await startTestRuntime({ studioDir: fakeStudioBuild() });
    const batch = Array.from({ length: 40 }, () => 'account.me').join(',');
    const input = encodeURIComponent(
      JSON.stringify(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [i, null]))),
    );
    const large = await fetch(`${runtime.url}/trpc/${batch}?batch=1&input=${input}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(large.headers.get('content-encoding')).toBe('gzip');
    expect(((await large.json()) as unknown[]).length).toBe(40);
  });

  it('sends a signed-out visitor at the bare address to sign in, whatever they accept', async () => {
    const runtime = await startTestRuntime({ studioDir: fakeStudioBuild() });
    for (const accept of ['*/*', 'application/json']) {
      const response = await fetch(`${runtime.url}/`, { headers: { accept }, redirect: 'manual' });
      expect(response.status, accept).toBe(302);
      expect(response.headers.get('location')).toBe('/sign-in');
    }
  });

  it('leaves the API, the sign-in page and missing assets to their own answers', async () => {
    const runtime = await startTestRuntime({ studioDir: fakeStudioBuild() });
    const signIn = await fetch(`${runtime.url}/sign-in`, { headers: page });
    expect(await signIn.text()).toContain('<title>Sign in · Switchyard</title>');
    const api = await fetch(`${runtime.url}/v1/nothing`, { headers: page });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('route_not_found');
    expect((await fetch(`${runtime.url}/assets/missing.js`)).status).toBe(404);
    // A script or fetch asking for JSON is not handed a page.
    expect(
      (await fetch(`${runtime.url}/flows`, { headers: { accept: 'application/json' } })).status,
    ).toBe(404);
  });

  it('sends visitors to the sign-in page when no studio is built', async () => {
    const runtime = await startTestRuntime({ studioDir: join(tmpdir(), 'no-such-studio') });
    const response = await fetch(`${runtime.url}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/sign-in');
  });
});
