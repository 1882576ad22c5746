import { describe, expect, it } from 'vitest';
import { foldTitle, seniorityFromTitle, toSeniority } from './seniority';

describe('seniorityFromTitle', () => {
  it.each([
    ['CEO', 'c_level'],
    ['Chief Executive Officer', 'c_level'],
    ['CTO & Co-Founder', 'c_level'],
    ['cfo', 'c_level'],
    ['COO, EMEA', 'c_level'],
    ['CMO', 'c_level'],
    ['Chief Revenue Officer (CRO)', 'c_level'],
    ['CISO', 'c_level'],
    ['Chief of Staff', 'c_level'],
    ['Founder', 'c_level'],
    ['Co-founder', 'c_level'],
    ['Cofounder & Head of Product', 'c_level'],
    ['Owner', 'c_level'],
    ['Business Owner', 'c_level'],
    ['President', 'c_level'],
    ['President & CEO', 'c_level'],
    ['Managing Director', 'c_level'],
    ['Chairman of the Board', 'c_level'],
    ['Geschäftsführer', 'c_level'],
    ['VP Sales', 'vp'],
    ['V.P. of Marketing', 'vp'],
    ['Vice President, Engineering', 'vp'],
    ['Senior Vice-President', 'vp'],
    ['SVP Operations', 'vp'],
    ['EVP, Global Sales', 'vp'],
    ['Head of Growth', 'vp'],
    ['Global Head of Partnerships', 'vp'],
    ['Director of Engineering', 'director'],
    ['Sr. Director, Product', 'director'],
    ['Executive Director', 'director'],
    ['Assistant Director', 'director'],
    ['Dir. Marketing', 'director'],
    ['Directeur commercial', 'director'],
    ['Engineering Manager', 'manager'],
    ['Senior Product Manager', 'manager'],
    ['Assistant Manager', 'manager'],
    ['Mgr, IT', 'manager'],
    ['Team Lead', 'manager'],
    ['Tech Lead', 'manager'],
    ['Team Leader Support', 'manager'],
    ['Sales Supervisor', 'manager'],
    ['Software Engineer', 'individual'],
    ['Account Executive', 'individual'],
    ['Sales Development Representative', 'individual'],
    ['Directory Administrator', 'individual'],
    ['Lead Generation Specialist', 'individual'],
    ['Product Owner', 'individual'],
    ['Executive Assistant to the CEO', 'individual'],
    ['CEO Assistant', 'individual'],
    ['Marketing Coordinator', 'individual'],
    ['Leadership Coach', 'individual'],
    ['Partner', 'individual'],
    ['Intern', 'individual'],
    ['Student', 'individual'],
    ['Consultant', 'individual'],
    ['Co. accountant', 'individual'],
  ])('reads %j as %s', (title, level) => {
    expect(seniorityFromTitle(title)).toBe(level);
  });

  it('is unknown without a title', () => {
    expect(seniorityFromTitle(null)).toBe('unknown');
    expect(seniorityFromTitle(undefined)).toBe('unknown');
    expect(seniorityFromTitle('')).toBe('unknown');
    expect(seniorityFromTitle(' -- ')).toBe('unknown');
  });

  it('reads a huge title without trouble', () => {
    expect(seniorityFromTitle(`CEO ${'x '.repeat(100_000)}`)).toBe('c_level');
  });
});

describe('foldTitle', () => {
  it('folds case, accents, dots and punctuation into single spaces', () => {
    expect(foldTitle('  V.P., Sales & Marketing ')).toBe('vp sales marketing');
    expect(foldTitle('Geschäftsführerin')).toBe('geschaftsfuhrerin');
  });

  it('gives an empty string for punctuation only', () => {
    expect(foldTitle('.,;')).toBe('');
  });
});

describe('toSeniority', () => {
  it('reads an explicit level as sent', () => {
    expect(toSeniority('C-Level')).toBe('c_level');
    expect(toSeniority('VP')).toBe('vp');
    expect(toSeniority(' director ')).toBe('director');
    expect(toSeniority('individual')).toBe('individual');
  });

  it('refuses unknown, other words and non-text', () => {
    for (const value of ['unknown', 'Senior', 'ceo', '', 3, null, ['vp'], 'vp'.repeat(30)]) {
      expect(toSeniority(value)).toBeNull();
    }
  });
});
