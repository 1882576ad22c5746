import { describe, expect, it } from 'vitest';
import { applyMapping, compileMapping } from './mapping';
import type { Submission } from './providers/provider';

const submission = (record: Record<string, unknown>, payload: unknown = record): Submission => ({
  eventId: null,
  record,
  payload,
});

describe('compileMapping', () => {
  it('reads field names, dotted paths, own dotted names, alternatives and JSONPath', () => {
    const mapLead = compileMapping({
      email: 'mail|email',
      company: 'org.name',
      title: 'job.title',
      country: '$.meta.country',
      phone: 'phone',
    });
    const record = { email: 'a@b.example', org: { name: 'Acme' }, 'job.title': 'CEO', phone: '' };
    expect(mapLead(submission(record, { meta: { country: 'DE' } }))).toEqual({
      email: 'a@b.example',
      company: 'Acme',
      title: 'CEO',
      country: 'DE',
    });
  });

  it('reads own fields only, never inherited ones', () => {
    const mapLead = compileMapping({ company: 'constructor.name', email: 'toString' });
    expect(mapLead(submission({}))).toEqual({});
  });

  it('gives the same answer run again, for every lead of a source', () => {
    const mapping = { email: 'email', company: 'company|org' };
    const mapLead = compileMapping(mapping);
    for (const record of [{ email: 'x@y.example' }, { org: 'Co' }, { company: 'A', org: 'B' }]) {
      expect(mapLead(submission(record))).toEqual(applyMapping(mapping, submission(record)));
    }
  });
});
