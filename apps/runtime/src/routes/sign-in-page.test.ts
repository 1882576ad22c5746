import { describe, expect, it } from 'vitest';
import { safeNext, signInPage } from './sign-in-page';

const origin = 'http://127.0.0.1:8787';

describe('issue 19: the page after sign-in stays on this site', () => {
  it('refuses every spelling of another site', () => {
    for (const wanted of [
      '/\\127.0.0.1:9911/x',
      '/\t/host',
      '/\n/host',
      '//evil.example/x',
      '/\\/evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeNext(wanted, origin), JSON.stringify(wanted)).toBe('/');
    }
  });

  it('keeps a page of this site with its query and hash', () => {
    expect(safeNext('/flows/flw_1?tab=versions#v3', origin)).toBe('/flows/flw_1?tab=versions#v3');
    expect(safeNext('/leads', origin)).toBe('/leads');
  });

  it('is the code the served page runs', async () => {
    const script = await (await signInPage().request('/sign-in.js')).text();
    expect(script).toContain(safeNext.toString());
    // The decoded values of `?next=%2F%5C127.0.0.1%3A9911%2Fx` and `?next=/%09/host`.
    const params = new URLSearchParams('next=%2F%5C127.0.0.1%3A9911%2Fx&other=/%09/host');
    expect(safeNext(params.get('next'), origin)).toBe('/');
    expect(safeNext(params.get('other'), origin)).toBe('/');
  });
});
