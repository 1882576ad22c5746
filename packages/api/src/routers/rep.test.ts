import { type LeadStatus, repDayCounts } from '@switchyard/db';
import { localDayStart } from '@switchyard/engine';
import { describe, expect, it } from 'vitest';
import {
  insertLead,
  onMarchThird,
  openApi,
  publishedRoundRobin,
  rejectionOf,
} from '../../test/api-fixture';

describe('repRouter', () => {
  it('creates an available UTC rep and updates hours, absences, caps and skills', async () => {
    const { a } = await openApi();
    const rep = await a.rep.create({ name: 'Ana', email: 'ana@acme.example' });
    expect(rep).toMatchObject({ active: true, timeZone: 'UTC', dailyCap: null, outOfOffice: [] });
    const updated = await a.rep.update({
      id: rep.id,
      patch: {
        timeZone: 'Europe/Berlin',
        workingHours: {
          mon: [
            { start: '09:00', end: '12:30' },
            { start: '13:30', end: '17:00' },
          ],
        },
        outOfOffice: [{ start: '2025-03-10T12:00:00+01:00', end: '2025-03-11T00:00:00+01:00' }],
        dailyCap: 15,
        skills: { language: ['de', 'en'] },
      },
    });
    expect(updated).toMatchObject({ timeZone: 'Europe/Berlin', dailyCap: 15, name: 'Ana' });
    expect(await a.rep.byId({ id: rep.id })).toEqual(updated);
    await a.rep.setAvailability({ id: rep.id, active: false });
    expect((await a.rep.list()).map((r) => r.active)).toEqual([false]);
  });

  it('refuses an unknown time zone, backwards hours and an absence that ends first', async () => {
    const { a } = await openApi();
    const rep = await a.rep.create({ name: 'Ana', email: 'ana@acme.example' });
    const zone = await rejectionOf(
      a.rep.update({ id: rep.id, patch: { timeZone: 'Mars/Olympus' } }),
    );
    expect(zone).toMatchObject({ code: 'BAD_REQUEST', appCode: 'invalid_input' });
    expect(zone.message).toContain('Europe/Berlin');
    const hours = await rejectionOf(
      a.rep.update({
        id: rep.id,
        patch: { workingHours: { mon: [{ start: '17:00', end: '09:00' }] } },
      }),
    );
    expect(hours.issues).toEqual([
      expect.objectContaining({ path: ['patch', 'workingHours', 'mon', 0] }),
    ]);
    const absence = await rejectionOf(
      a.rep.update({
        id: rep.id,
        patch: { outOfOffice: [{ start: '2025-03-11T00:00:00Z', end: '2025-03-10T00:00:00Z' }] },
      }),
    );
    expect(absence.message).toContain('An absence must end after it starts.');
    const email = await rejectionOf(a.rep.create({ name: 'Bo', email: 'not-an-email' }));
    expect(email.appCode).toBe('invalid_input');
  });

  it('refuses skills keyed by a reserved name', async () => {
    const { a } = await openApi();
    const rep = await a.rep.create({ name: 'Ana', email: 'ana@acme.example' });
    const patch = JSON.parse('{"skills":{"__proto__":["de"]}}');
    const refused = await rejectionOf(a.rep.update({ id: rep.id, patch }));
    expect(refused).toMatchObject({ appCode: 'invalid_input' });
    expect(refused.issues).toEqual([
      { path: ['patch', 'skills', '__proto__'], message: '"__proto__" is a reserved name.' },
    ]);
  });
});

describe('rep.list load', () => {
  it("counts today's assignments at the rep's own midnight and only open leads", async () => {
    const { a, b, database } = await openApi();
    const { ana, leadBase } = await publishedRoundRobin(a);
    await a.rep.update({ id: ana.id, patch: { timeZone: 'Europe/Berlin' } });
    // The fixture's clock is 2025-03-03T10:00Z: Ana's day began at 23:00Z the evening before.
    const today = String(localDayStart(onMarchThird(10), 'Europe/Berlin').getTime());
    const yesterday = String(Date.parse('2025-03-01T23:00:00Z'));
    await database.write((tx) =>
      tx.insert(repDayCounts).values([
        { repId: ana.id, day: today, count: 3 },
        { repId: ana.id, day: yesterday, count: 9 },
      ]),
    );
    const lead = (id: string, status: LeadStatus) =>
      insertLead(database, {
        ...leadBase,
        id,
        status,
        ownerRepId: ana.id,
        receivedAt: onMarchThird(9),
      });
    await lead('lead_1', 'assigned');
    await lead('lead_2', 'contacted');
    await lead('lead_3', 'converted');
    const listed = await a.rep.list();
    expect(listed.map((rep) => [rep.name, rep.load])).toEqual([
      ['Ana', { assignedToday: 3, openLeads: 2 }],
      ['Ben', { assignedToday: 0, openLeads: 0 }],
    ]);
    expect(listed[0]?.loadAt).toBe('2025-03-03T10:00:00.000Z');
    expect(await b.rep.list()).toEqual([]);
  });

  it('refuses a rep of another organisation by id', async () => {
    const { a, b } = await openApi();
    const ana = await a.rep.create({ name: 'Ana', email: 'ana@acme.example' });
    const refused = await rejectionOf(b.rep.byId({ id: ana.id }));
    expect(refused).toMatchObject({ code: 'NOT_FOUND' });
  });
});
