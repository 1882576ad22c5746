import { describe, expect, it } from 'vitest';
import { openApi, rejectionOf } from '../../test/api-fixture';

describe('teamRouter', () => {
  it('keeps members in the order given, with their weights', async () => {
    const { a } = await openApi();
    const ana = await a.rep.create({ name: 'Ana', email: 'ana@acme.example' });
    const ben = await a.rep.create({ name: 'Ben', email: 'ben@acme.example' });
    const team = await a.team.create({ name: 'Sales' });
    await a.team.setMembers({
      teamId: team.id,
      members: [
        { repId: ben.id, weight: 2 },
        { repId: ana.id, weight: 1 },
      ],
    });
    const [listed] = await a.team.list();
    expect(listed?.members.map((m) => [m.name, m.weight])).toEqual([
      ['Ben', 2],
      ['Ana', 1],
    ]);
  });

  it('refuses a member who is listed twice, or is not a rep of the organisation', async () => {
    const { a, b } = await openApi();
    const ana = await a.rep.create({ name: 'Ana', email: 'ana@acme.example' });
    const olga = await b.rep.create({ name: 'Olga', email: 'olga@bolt.example' });
    const team = await a.team.create({ name: 'Sales' });
    const twice = await rejectionOf(
      a.team.setMembers({ teamId: team.id, members: [{ repId: ana.id }, { repId: ana.id }] }),
    );
    expect(twice.appCode).toBe('invalid_input');
    const foreign = await rejectionOf(
      a.team.setMembers({ teamId: team.id, members: [{ repId: olga.id }] }),
    );
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', appCode: 'rep_not_found' });
  });

  it('renames a team', async () => {
    const { a } = await openApi();
    const team = await a.team.create({ name: 'Sales' });
    await a.team.rename({ id: team.id, name: 'Inside sales' });
    expect((await a.team.list()).map((t) => t.name)).toEqual(['Inside sales']);
  });

  it('refuses a second team of the same name', async () => {
    const { a } = await openApi();
    await a.team.create({ name: 'Sales' });
    const refused = await rejectionOf(a.team.create({ name: 'sales' }));
    expect(refused).toMatchObject({ appCode: 'invalid_input' });
    expect(refused.message).toBe('There is already a team called "sales".');
  });
});
