import { describe, expect, it } from 'vitest';
import { canTake, checkActionInput } from './lead-actions';

const blank = { value: '', reason: '' };

describe('checkActionInput', () => {
  it('takes a converted value with digit grouping, and none at all', () => {
    expect(checkActionInput('converted', { ...blank, value: ' 12,500 ' })).toEqual({
      ok: true,
      value: { value: 12500 },
    });
    expect(checkActionInput('converted', blank)).toEqual({ ok: true, value: {} });
  });

  it('rejects a negative or unreadable value', () => {
    expect(checkActionInput('converted', { ...blank, value: '-5' }).ok).toBe(false);
    expect(checkActionInput('converted', { ...blank, value: 'lots' })).toEqual({
      ok: false,
      message: 'Enter the deal value as a number of 0 or more.',
    });
  });

  it('needs a reason for a lost lead, trimmed', () => {
    expect(checkActionInput('lost', { ...blank, reason: '  ' })).toEqual({
      ok: false,
      message: 'Say why the lead was lost.',
    });
    expect(checkActionInput('lost', { ...blank, reason: ' no budget ' })).toEqual({
      ok: true,
      value: { reason: 'no budget' },
    });
  });

  it('sends nothing extra for the other actions', () => {
    expect(checkActionInput('accepted', { value: '9', reason: 'x' })).toEqual({
      ok: true,
      value: {},
    });
  });
});

describe('canTake', () => {
  it('offers only the transitions the server allows', () => {
    expect(canTake('accepted', 'assigned')).toBe(true);
    expect(canTake('accepted', 'contacted')).toBe(false);
    expect(canTake('released', 'contacted')).toBe(false);
    expect(canTake('converted', 'contacted')).toBe(true);
    expect(canTake('lost', 'converted')).toBe(false);
  });
});
