import { eq, leads } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import {
  insertLead,
  memberAs,
  openApi,
  publishedRoundRobin,
  withScreeningRule,
} from './api-fixture';

const person = {
  email: 'tok7q2x9wv@northwind.example',
  phone: '+14155550199',
  firstName: 'Zelphinora',
  lastName: 'Quarrington',
};
const pieces = ['tok7q2x9wv', '4155550199', 'Zelphinora', 'Quarrington', '5550199'];

function expectNoPiece(answer: unknown) {
  const text = JSON.stringify(answer);
  for (const piece of pieces) expect(text, piece).not.toContain(piece);
  expect(text.toLowerCase()).not.toContain('tok7q2x9wv');
}

/** A published flow with one stored lead of `person`, its raw input and a warning quoting it. */
async function seeded() {
  const api = await openApi();
  const fixture = await publishedRoundRobin(api.a);
  const receivedAt = new Date(api.context.clock().getTime() - 86_400_000);
  // Pooled by the live version: a draft that passes the screening sends it elsewhere, so the
  // backtest lists it with the draft's trace.
  await insertLead(api.database, {
    ...fixture.leadBase,
    id: 'lead_pii',
    receivedAt,
    status: 'pooled',
    poolNodeId: 'waiting',
  });
  await api.database.write((tx) =>
    tx
      .update(leads)
      .set({
        email: person.email,
        phone: person.phone,
        input: { ...person, email: person.email.toUpperCase(), company: 'Northwind' },
        fields: { ...person, company: 'Northwind', domain: 'northwind.example' },
        warnings: [
          {
            field: 'phone',
            code: 'invalid_phone',
            message: `"${person.phone} ext. 9" is not a phone number we can read.`,
          },
          {
            field: 'email',
            code: 'invalid_email',
            message: `"${person.email.toUpperCase()}" was odd.`,
          },
        ],
      })
      .where(eq(leads.id, 'lead_pii')),
  );
  return { api, fixture };
}

/** Screening rules that compute with the person's fields. */
const derivingRules = [
  { cat: ['#', { var: 'email' }, '|', { var: 'phone' }] },
  { '==': [{ cat: [{ var: 'firstName' }, ' ', { var: 'lastName' }] }, 'x'] },
  { in: [{ substr: [{ var: 'email' }, 0, 6] }, ['a', { substr: [{ var: 'phone' }, 2] }]] },
  { '!!': [{ var: 'lastName' }] },
];

describe('issue 19: no member without PII access reads a value derived from PII', () => {
  it('flow.simulate of a real lead, whatever the draft computes from its fields', async () => {
    const { api, fixture } = await seeded();
    for (const role of ['consultant', 'viewer'] as const) {
      const caller = api.callerFor('org_a', memberAs(role));
      for (const rule of derivingRules) {
        const answer = await caller.flow
          .simulate({ id: fixture.flowId, document: withScreeningRule(rule), leadId: 'lead_pii' })
          .catch((error: unknown) => error);
        expectNoPiece(answer);
      }
    }
    // The owner, who may see PII, gets the real values: the draft did compute with them.
    const owner = await api.a.flow.simulate({
      id: fixture.flowId,
      document: withScreeningRule(derivingRules[0]),
      leadId: 'lead_pii',
    });
    expect(JSON.stringify(owner)).toContain('tok7q2x9wv');
  });

  it('flow.backtest over past leads', async () => {
    const { api, fixture } = await seeded();
    const consultant = api.callerFor('org_a', memberAs('consultant'));
    for (const rule of derivingRules) {
      const answer = await consultant.flow.backtest({
        id: fixture.flowId,
        document: withScreeningRule(rule),
        days: 30,
      });
      expect(answer.total).toBe(1);
      expectNoPiece(answer);
      if (rule === derivingRules[0]) expect(answer.changes).toHaveLength(1);
    }
  });

  it('lead.byId and lead.list: warnings, input and fields, in any case', async () => {
    const { api } = await seeded();
    const viewer = api.callerFor('org_a', memberAs('viewer'));
    expectNoPiece(await viewer.lead.byId({ id: 'lead_pii' }));
    expectNoPiece(await viewer.lead.list({}));
    const owner = await api.a.lead.byId({ id: 'lead_pii' });
    expect(JSON.stringify(owner)).toContain(person.phone);
  });
});
