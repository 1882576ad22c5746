import { describe, expect, it } from 'vitest';
import { emptyLeadFilters, periodProblem, toListFilters } from './lead-filters';

describe('toListFilters', () => {
  it('leaves out blank filters', () => {
    expect(toListFilters({ ...emptyLeadFilters, search: '   ' })).toEqual({});
  });

  it('turns the days into a period that includes the last day, from local midnight', () => {
    const filters = toListFilters({
      ...emptyLeadFilters,
      search: ' acme ',
      status: 'pooled',
      fromDate: '2026-11-02',
      toDate: '2026-11-02',
    });
    expect(filters).toEqual({
      search: 'acme',
      status: 'pooled',
      from: new Date(2026, 10, 2).toISOString(),
      to: new Date(2026, 10, 3).toISOString(),
    });
  });

  it('ignores a day it cannot read', () => {
    expect(toListFilters({ ...emptyLeadFilters, fromDate: '2026-13' })).toEqual({});
  });
});

describe('periodProblem', () => {
  it('refuses a period that ends before it starts, as the API would', () => {
    const backwards = { ...emptyLeadFilters, fromDate: '2026-11-05', toDate: '2026-11-01' };
    expect(periodProblem(backwards)).toBe('The period must end after it starts.');
    expect(periodProblem({ ...backwards, toDate: '2026-11-05' })).toBeNull();
  });
});
