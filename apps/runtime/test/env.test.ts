import { describe, expect, it } from 'vitest';
import { readEnv } from '../src/env';

describe('readEnv: the demo history setting', () => {
  it('replays 90 days by default, and none with 0', () => {
    expect(readEnv({}).SWITCHYARD_DEMO_HISTORY_DAYS).toBe(90);
    expect(readEnv({ SWITCHYARD_DEMO_HISTORY_DAYS: '0' }).SWITCHYARD_DEMO_HISTORY_DAYS).toBe(0);
    expect(readEnv({ SWITCHYARD_DEMO_HISTORY_DAYS: '365' }).SWITCHYARD_DEMO_HISTORY_DAYS).toBe(365);
  });

  it('refuses a day count that is not a whole number from 0 to 365, naming the variable', () => {
    for (const bad of ['366', '-1', '7.5', 'ninety']) {
      expect(() => readEnv({ SWITCHYARD_DEMO_HISTORY_DAYS: bad })).toThrow(
        /Invalid environment: SWITCHYARD_DEMO_HISTORY_DAYS/,
      );
    }
  });
});
