import { eq, hashKey, sources } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import {
  insertLead,
  onMarchThird,
  openApi,
  publishedRoundRobin,
  rejectionOf,
  roundRobinTemplate,
} from '../../test/api-fixture';

const withSeats = {
  ...roundRobinTemplate,
  fields: [{ key: 'custom.seats', label: 'Seats', type: 'number' }],
};

describe('sourceRouter', () => {
  it('returns the API key once; the list shows neither it nor its hash', async () => {
    const { a, database } = await openApi();
    const flow = await a.flow.create({ name: 'Inbound' });
    const created = await a.source.create({ name: 'Website', type: 'json', flowId: flow.id });
    expect(created.webhookPath).toBe(`/v1/sources/${created.id}/leads`);
    const apiKey = created.credentials.apiKey ?? '';
    expect(apiKey).toMatch(/^sk_/);
    const [row] = await database.db.select().from(sources).where(eq(sources.id, created.id));
    expect(row?.keyHash).toBe(hashKey(apiKey));
    const listed = await a.source.list();
    expect(listed).toEqual([
      expect.objectContaining({ id: created.id, hasApiKey: true, hasSecret: false }),
    ]);
    const text = JSON.stringify(listed);
    expect(text).not.toContain(apiKey);
    expect(text).not.toContain(row?.keyHash);
    expect(Object.keys(listed[0] ?? {})).not.toContain('keyHash');
  });

  it('seals a provider signing secret and rotates it', async () => {
    const { a, database, context } = await openApi();
    const flow = await a.flow.create({ name: 'Inbound' });
    const created = await a.source.create({
      name: 'Tally form',
      type: 'tally',
      flowId: flow.id,
      secret: 'tally-signing-secret',
    });
    expect(created.credentials).toEqual({ secret: 'tally-signing-secret' });
    const rotated = await a.source.rotateKey({ id: created.id });
    expect(rotated.credentials.secret).toMatch(/^ss_/);
    const [row] = await database.db.select().from(sources).where(eq(sources.id, created.id));
    expect(context.secrets.open(row?.sealedSecret ?? '')).toBe(rotated.credentials.secret);
    expect(JSON.stringify(await a.source.list())).not.toContain(row?.sealedSecret);
  });

  it('refuses a signing secret for a keyed source, and a flow of another organisation', async () => {
    const { a, b } = await openApi();
    const flow = await a.flow.create({ name: 'Inbound' });
    const secret = await rejectionOf(
      a.source.create({ name: 'API', type: 'json', flowId: flow.id, secret: 'abcdefghij' }),
    );
    expect(secret.appCode).toBe('invalid_input');
    const foreign = await rejectionOf(
      b.source.create({ name: 'API', type: 'json', flowId: flow.id }),
    );
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', appCode: 'flow_not_found' });
    const html = await a.source.create({ name: 'Form', type: 'html_form', flowId: flow.id });
    const rotate = await rejectionOf(a.source.rotateKey({ id: html.id }));
    expect(rotate.message).toBe('An HTML form source has no key or secret to rotate.');
  });

  it('maps to catalogue fields and to custom fields the flow declares', async () => {
    const { a } = await openApi();
    const flow = await a.flow.create({ name: 'Inbound', document: withSeats });
    const source = await a.source.create({ name: 'Site', type: 'json', flowId: flow.id });
    const mapping = {
      email: 'Email|email_address',
      'custom.seats': '$.answers.seats',
      'utm.term': 'utm_term',
    };
    const saved = await a.source.setMapping({ id: source.id, mapping });
    expect(saved.mapping).toEqual(mapping);
  });

  it('refuses an unknown target, an undeclared custom field and a reserved name', async () => {
    const { a } = await openApi();
    const flow = await a.flow.create({ name: 'Inbound', document: withSeats });
    const source = await a.source.create({ name: 'Site', type: 'json', flowId: flow.id });
    const unknown = await rejectionOf(
      a.source.setMapping({ id: source.id, mapping: { shoeSize: 'shoe', 'custom.budget': 'b' } }),
    );
    expect(unknown).toMatchObject({ code: 'BAD_REQUEST', appCode: 'invalid_input' });
    expect(unknown.issues).toEqual([
      expect.objectContaining({ path: ['mapping', 'shoeSize'] }),
      expect.objectContaining({ path: ['mapping', 'custom.budget'] }),
    ]);
    const reserved = await rejectionOf(
      a.source.setMapping({ id: source.id, mapping: JSON.parse('{"__proto__":"email"}') }),
    );
    expect(reserved.appCode).toBe('invalid_input');
    const path = await rejectionOf(
      a.source.setMapping({ id: source.id, mapping: { email: 'constructor.name' } }),
    );
    expect(path.message).toBe('"constructor.name" reads a reserved name.');
    expect((await a.source.list())[0]?.mapping).toEqual({});
  });

  it('moves a source to another flow only if its mapping still fits', async () => {
    const { a } = await openApi();
    const seats = await a.flow.create({ name: 'Seats', document: withSeats });
    const plain = await a.flow.create({ name: 'Plain' });
    const source = await a.source.create({
      name: 'Site',
      type: 'json',
      flowId: seats.id,
      mapping: { 'custom.seats': 'seats' },
    });
    const refused = await rejectionOf(a.source.update({ id: source.id, flowId: plain.id }));
    expect(refused.appCode).toBe('invalid_input');
    const updated = await a.source.update({ id: source.id, name: 'Main site', enabled: false });
    expect(updated).toMatchObject({ name: 'Main site', enabled: false, flowId: seats.id });
  });
});

describe('source.list last lead', () => {
  it('says when each source last received a lead, and null before the first', async () => {
    const { a, b, database } = await openApi();
    const { sourceId, leadBase } = await publishedRoundRobin(a);
    const quiet = await a.source.create({ name: 'Quiet', type: 'json', flowId: leadBase.flowId });
    expect((await a.source.list()).map((s) => s.lastLeadAt)).toEqual([null, null]);
    for (const [id, hour] of [
      ['lead_1', 9],
      ['lead_2', 11],
    ] as const) {
      await insertLead(database, { ...leadBase, id, receivedAt: onMarchThird(hour) });
    }
    const listed = await a.source.list();
    expect(listed.map((s) => [s.id, s.lastLeadAt])).toEqual([
      [quiet.id, null],
      [sourceId, '2025-03-03T11:00:00.000Z'],
    ]);
    expect(await b.source.list()).toEqual([]);
  });
});
