import { describe, expect, it } from 'vitest';
import { openApi, rejectionOf } from '../../test/api-fixture';

describe('webhookRouter', () => {
  it('returns the signing secret once and never lists it', async () => {
    const { a } = await openApi();
    const created = await a.webhook.create({
      url: 'https://crm.acme.example/hooks/switchyard',
      events: ['lead.assigned', 'lead.converted', 'lead.assigned'],
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(created.secret.slice('whsec_'.length), 'base64')).toHaveLength(24);
    expect(created.events).toEqual(['lead.assigned', 'lead.converted']);
    const listed = await a.webhook.list();
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
  });

  it('refuses a non-http address and an unknown event', async () => {
    const { a } = await openApi();
    const badUrl = await rejectionOf(
      a.webhook.create({ url: 'ftp://x.example', events: ['lead.assigned'] }),
    );
    expect(badUrl.appCode).toBe('invalid_input');
    const badEvent = await rejectionOf(
      a.webhook.create({ url: 'https://x.example', events: ['lead.deleted' as 'lead.assigned'] }),
    );
    expect(badEvent.appCode).toBe('invalid_input');
  });

  it('switches an endpoint off, but not another organisation’s', async () => {
    const { a, b } = await openApi();
    const created = await a.webhook.create({ url: 'https://x.example', events: ['lead.pooled'] });
    expect((await a.webhook.setEnabled({ id: created.id, enabled: false })).enabled).toBe(false);
    const foreign = await rejectionOf(b.webhook.setEnabled({ id: created.id, enabled: true }));
    expect(foreign.appCode).toBe('webhook_not_found');
    expect((await a.webhook.list())[0]?.enabled).toBe(false);
  });
});
