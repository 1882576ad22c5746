import { describe, expect, it } from 'vitest';
import { createSecretBox } from '../security/secret-box';
import { openSettings, publicSettings, sealSettings } from './source-settings';

const secrets = createSecretBox(new Uint8Array(32).fill(3));

describe('source settings', () => {
  it('seals the access and verify tokens, opens them for the provider, and shows neither', () => {
    const stored = sealSettings(
      { accessToken: 'EAAG-page-token', verifyToken: 'hub-verify', pageId: '42' },
      {},
      secrets,
    );
    expect(JSON.stringify(stored)).not.toContain('EAAG-page-token');
    expect(JSON.stringify(stored)).not.toContain('hub-verify');
    expect(openSettings(stored, secrets)).toEqual({
      accessToken: 'EAAG-page-token',
      verifyToken: 'hub-verify',
      pageId: '42',
    });
    expect(publicSettings(stored)).toEqual({
      settings: { pageId: '42' },
      secretSettings: ['accessToken', 'verifyToken'],
    });
  });

  it('keeps a stored token when an update leaves it out, replaces it when given, drops it on null', () => {
    const stored = sealSettings({ accessToken: 'old-token' }, {}, secrets);
    expect(openSettings(sealSettings({ pageId: '7' }, stored, secrets), secrets)).toEqual({
      accessToken: 'old-token',
      pageId: '7',
    });
    const replaced = sealSettings({ accessToken: 'new-token' }, stored, secrets);
    expect(openSettings(replaced, secrets).accessToken).toBe('new-token');
    expect(openSettings(sealSettings({ accessToken: null }, stored, secrets), secrets)).toEqual({});
  });

  it('never keeps or passes on a Graph base address set on a source', () => {
    const stored = sealSettings({ graphBaseUrl: 'http://169.254.169.254/' }, {}, secrets);
    expect(stored).toEqual({});
    expect(openSettings({ graphBaseUrl: 'http://127.0.0.1:8787' }, secrets)).toEqual({});
    expect(publicSettings({ graphBaseUrl: 'http://x' }).settings).toEqual({});
  });

  it('reads a token stored in plain text before sealing existed, and hides it', () => {
    expect(openSettings({ accessToken: 'legacy' }, secrets).accessToken).toBe('legacy');
    expect(publicSettings({ accessToken: 'legacy' }).settings).toEqual({});
  });
});
