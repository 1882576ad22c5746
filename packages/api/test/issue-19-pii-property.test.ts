import { eq, leads } from '@switchyard/db';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { procedureRoles } from '../src/access';
import {
  insertLead,
  memberAs,
  openApi,
  publishedRoundRobin,
  withScreeningRule,
} from './api-fixture';

// Three people whose personal values are unique tokens: any 6 characters of one in an answer is
// a piece of it (6 characters of base36 do not turn up in ids or dates by chance).
const people = [
  {
    email: 'qz7kw3vt9xpl@northwind.example',
    phone: '+442079460813',
    firstName: 'Quillonard',
    lastName: 'Vantrebbski',
  },
  {
    email: 'mb4ry8uo2ned@northwind.example',
    phone: '+13127750196',
    firstName: 'Ysoldamire',
    lastName: 'Kroftenhal',
  },
  {
    email: 'hw9cj1ze6tqa@globex.example',
    phone: '+61290847735',
    firstName: 'Brannwulfe',
    lastName: 'Ostrevicka',
  },
];

function pieces(value: string): string[] {
  const found: string[] = [];
  for (let at = 0; at + 6 <= value.length; at++) found.push(value.slice(at, at + 6).toLowerCase());
  return found;
}
const forbidden = people.flatMap((person) => [
  ...pieces(person.email.split('@')[0] ?? ''),
  ...pieces(person.phone.replace(/\D/g, '')),
  ...pieces(person.firstName),
  ...pieces(person.lastName),
]);

function leakIn(answer: unknown): string | null {
  const text = JSON.stringify(answer ?? null)
    .toLowerCase()
    .replace(/[\s().-]/g, '');
  return forbidden.find((piece) => text.includes(piece)) ?? null;
}

const piiField = fc.constantFrom('email', 'phone', 'firstName', 'lastName');
/** JSON Logic that derives values from personal fields: concatenations, slices, comparisons. */
const derived: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    piiField.map((field) => ({ var: field })),
    fc.tuple(tie('value'), tie('value')).map(([a, b]) => ({ cat: [a, '|', b] })),
    fc
      .tuple(tie('value'), fc.integer({ min: -8, max: 8 }), fc.integer({ min: 1, max: 12 }))
      .map(([value, start, length]) => ({ substr: [value, start, length] })),
  ),
  rule: fc.oneof(
    tie('value'),
    fc.tuple(tie('value'), fc.string({ maxLength: 3 })).map(([a, b]) => ({ '==': [a, b] })),
    fc.tuple(tie('value'), tie('value')).map(([a, b]) => ({ in: [a, b] })),
    fc.tuple(tie('value'), fc.string({ maxLength: 2 })).map(([a, b]) => ({ '<': [a, b] })),
    tie('value').map((a) => ({ '!!': [a] })),
  ),
})).rule;

async function seeded() {
  const api = await openApi();
  const fixture = await publishedRoundRobin(api.a);
  const now = api.context.clock().getTime();
  for (const [index, person] of people.entries()) {
    const id = `lead_p${index}`;
    await insertLead(api.database, {
      ...fixture.leadBase,
      id,
      receivedAt: new Date(now - (index + 1) * 3_600_000),
      ...(index === 1 ? { status: 'pooled' as const, poolNodeId: 'waiting' } : {}),
    });
    await api.database.write((tx) =>
      tx
        .update(leads)
        .set({
          email: person.email,
          domain: person.email.split('@')[1] ?? null,
          phone: person.phone,
          input: { ...person, email: person.email.toUpperCase(), phone: ` ${person.phone} ` },
          fields: { ...person, company: 'Northwind', domain: person.email.split('@')[1] },
          warnings: [{ field: 'phone', code: 'invalid_phone', message: `"${person.phone}x" odd.` }],
          trace: { steps: [{ nodeId: 'screen', conditions: [{ seen: { ...person } }] }] },
          lostReason: `${person.firstName} said no`,
        })
        .where(eq(leads.id, id)),
    );
  }
  return { api, fixture };
}

describe('issue 19: property — no answer to a role without PII access holds a piece of PII', () => {
  it('every procedure, as a viewer and as a consultant without a grant', async () => {
    const { api, fixture } = await seeded();
    const ids = { flowId: fixture.flowId, versionId: fixture.versionId, leadId: 'lead_p0' };
    for (const role of ['viewer', 'consultant'] as const) {
      const caller = api.callerFor('org_a', memberAs(role)) as unknown as Record<
        string,
        Record<string, (input?: unknown) => Promise<unknown>>
      >;
      for (const path of Object.keys(procedureRoles)) {
        const [router = '', procedure = ''] = path.split('.');
        const id = router === 'lead' ? ids.leadId : ids.flowId;
        const input = { ...ids, id, days: 30, document: withScreeningRule({ var: 'email' }) };
        const call = caller[router]?.[procedure];
        if (!call) throw new Error(`no procedure ${path}`);
        const answer = await call(input).catch((error: unknown) => ({
          error: String(error),
          cause: (error as { cause?: unknown }).cause,
        }));
        expect(leakIn(answer), `${role} ${path}`).toBeNull();
      }
    }
  });

  it('flow.simulate and flow.backtest with generated drafts that derive from personal fields', async () => {
    const { api, fixture } = await seeded();
    const consultant = api.callerFor('org_a', memberAs('consultant'));
    const rules = fc.sample(derived, { seed: 19, numRuns: 40 });
    for (const [index, rule] of rules.entries()) {
      const document = withScreeningRule(rule);
      const leadId = `lead_p${index % people.length}`;
      const simulated = await consultant.flow
        .simulate({ id: fixture.flowId, document, leadId })
        .catch((error: unknown) => String(error));
      expect(leakIn(simulated), JSON.stringify(rule)).toBeNull();
      if (index % 4 === 0) {
        const replayed = await consultant.flow
          .backtest({ id: fixture.flowId, document, days: 30 })
          .catch((error: unknown) => String(error));
        expect(leakIn(replayed), JSON.stringify(rule)).toBeNull();
      }
    }
    // The same drafts do compute with the real values for an owner: the property is not empty.
    const owner = await api.a.flow.simulate({
      id: fixture.flowId,
      document: withScreeningRule({ cat: [{ var: 'email' }, '|', { var: 'phone' }] }),
      leadId: 'lead_p0',
    });
    expect(leakIn(owner)).not.toBeNull();
  });
});
