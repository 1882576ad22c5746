import { describe, expect, it } from 'vitest';
import { inputFor, picks, rep, without } from '../../test/strategy-fixtures';
import { skills } from './skills';

const strategy = {
  type: 'skills' as const,
  requirements: [{ field: 'language' }, { field: 'custom.product', skill: 'products' }],
};
const team = {
  ana: rep('ana', { skills: { language: ['DE', 'en'], products: ['analytics'] } }),
  ben: rep('ben', { skills: { language: ['en'], products: ['analytics', 'crm'] } }),
  cy: rep('cy', { skills: { language: ['de'], products: ['Analytics'] } }),
};
const input = (lead: Record<string, unknown>) => ({ ...inputFor(strategy, { lead }), reps: team });

describe('skills', () => {
  it('gives the lead to members with every skill it needs, case-insensitively, in turns', () => {
    const german = input({ language: 'de', custom: { product: 'analytics' } });
    expect(picks(skills, german, 3)).toEqual(['ana', 'cy', 'ana']);
    const ben = skills(german).candidates[1];
    expect(ben).toMatchObject({
      eligible: false,
      skipped: ['missing_skill'],
      detail: { missing: 'language: de' },
    });
  });

  it('ignores a requirement the lead leaves empty', () => {
    expect(picks(skills, input({ custom: { product: 'crm' } }), 2)).toEqual(['ben', 'ben']);
    expect(picks(skills, input({ language: '  ', custom: {} }), 3)).toEqual(['ana', 'ben', 'cy']);
  });

  it('lists missing skills together with other reasons', () => {
    const pick = skills(without(input({ language: 'en', custom: { product: 'crm' } }), 'ben'));
    expect(pick.candidates.map((c) => c.skipped)).toEqual([
      ['missing_skill'],
      ['inactive'],
      ['missing_skill'],
    ]);
    expect(pick.repId).toBeNull();
  });

  it('says why when nobody on the team has the skills', () => {
    const pick = skills(input({ language: 'fr' }));
    expect(pick).toMatchObject({
      repId: null,
      why: 'nobody on the team has the skills this lead needs (language: fr)',
    });
  });

  it('treats malformed skills as none, and lists or objects in the lead as empty', () => {
    const odd = {
      ...input({ language: 'de' }),
      reps: { ...team, ana: rep('ana', { skills: { language: 'de' } as never }) },
    };
    expect(skills(odd).repId).toBe('cy');
    expect(skills(input({ language: ['de'], custom: { product: { x: 1 } } })).repId).toBe('ana');
  });
});
