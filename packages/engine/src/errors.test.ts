import { describe, expect, it } from 'vitest';
import { AppError, errorCodes, failure, isErrorCode } from './errors';

describe('failure and AppError', () => {
  it('build a failure value and carry it in an error', () => {
    expect(failure('lead_not_found', 'No such lead.')).toEqual({
      code: 'lead_not_found',
      message: 'No such lead.',
    });
    expect(failure('invalid_input', 'Bad.', { field: 'email' })).toMatchObject({
      details: { field: 'email' },
    });
    const error = new AppError(failure('rate_limited', 'Slow down.'), { cause: 'x' });
    expect(error).toMatchObject({
      name: 'AppError',
      code: 'rate_limited',
      message: 'Slow down.',
      cause: 'x',
    });
  });

  it('leave details out when there are none', () => {
    expect(failure('internal', 'Oops.')).not.toHaveProperty('details');
  });
});

describe('isErrorCode', () => {
  it('knows every code of the table', () => {
    for (const code of errorCodes) expect(isErrorCode(code)).toBe(true);
  });

  it('refuses anything else', () => {
    for (const value of ['nope', '', 42, null, 'INTERNAL']) expect(isErrorCode(value)).toBe(false);
  });
});
