import { describe, expect, it } from 'vitest';
import { rep } from '../test/strategy-fixtures';
import { type ExplainContext, reasonText, repName, skippedText } from './explain';
import type { Candidate } from './strategies/types';

const context: ExplainContext = {
  reps: {
    ben: rep('ben', { name: 'Ben Okafor', dailyCap: 20 }),
    cy: rep('cy', { name: 'Cy' }),
    blank: rep('blank', { name: ' ' }),
  },
  caps: { dailyCap: 15, openCap: 40 },
};
const skipped = (repId: string, ...reasons: Candidate['skipped']): Candidate => ({
  repId,
  eligible: false,
  skipped: reasons,
});

describe('repName', () => {
  it('names a rep by their name', () => {
    expect(repName(context, 'ben')).toBe('Ben Okafor');
  });

  it('falls back to the id for unknown, inherited or blank names', () => {
    expect(repName(context, 'ghost')).toBe('ghost');
    expect(repName(context, 'constructor')).toBe('constructor');
    expect(repName(context, 'blank')).toBe('blank');
  });
});

describe('reasonText', () => {
  it('words every reason, with the cap that applied', () => {
    expect(reasonText(context, skipped('ben'), 'daily_cap')).toBe('daily cap 15 reached');
    expect(reasonText(context, skipped('cy'), 'open_cap')).toBe('open-lead cap 40 reached');
    expect(reasonText(context, skipped('cy'), 'outside_hours')).toBe('outside working hours');
    const detail = { ...skipped('cy'), detail: { missing: 'language: de' } };
    expect(reasonText(context, detail, 'missing_skill')).toBe('no language: de skill');
  });

  it('words a cap reason even without a known cap', () => {
    const bare: ExplainContext = { reps: {}, caps: {} };
    expect(reasonText(bare, skipped('x'), 'daily_cap')).toBe('daily cap reached');
    expect(reasonText(bare, skipped('x'), 'missing_skill')).toBe('missing a skill');
  });
});

describe('skippedText', () => {
  it('lists skipped reps with their reasons, leaving out leads that are not theirs', () => {
    const text = skippedText(context, [
      { repId: 'ana', eligible: true, skipped: [] },
      skipped('ben', 'out_of_office'),
      skipped('cy', 'not_in_territory', 'daily_cap'),
      skipped('dee', 'not_owner'),
    ]);
    expect(text).toBe('Ben Okafor (out of office), Cy (daily cap 15 reached)');
  });

  it('counts the rest past five, and is empty when nobody was skipped', () => {
    const many = Array.from({ length: 8 }, (_, i) => skipped(`r${i}`, 'inactive'));
    expect(skippedText(context, many)).toMatch(/r4 \(inactive\), 3 more$/);
    expect(skippedText(context, [])).toBe('');
  });
});
