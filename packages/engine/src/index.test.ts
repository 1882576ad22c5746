import { describe, expect, it } from 'vitest';
import * as engine from './index';

// The public API: a change here is a change for the runtime, the api and the studio.
const functions = [
  'armForBucket',
  'armKey',
  'bucketIdentity',
  'bucketOf',
  'canTake',
  'checkArmWeights',
  'checkPayloadLimits',
  'distribute',
  'effectiveCap',
  'failure',
  'isErrorCode',
  'isFreeEmailDomain',
  'isOpenStatus',
  'isOutOfOffice',
  'isValidTimeZone',
  'isWithinWorkingHours',
  'localClock',
  'localDayStart',
  'matchRequests',
  'matchedOwner',
  'normalizeLead',
  'parseBoolean',
  'parseDomain',
  'parseEmail',
  'parseInstant',
  'parseNumber',
  'readLeadField',
  'runStrategy',
  'seniorityFromTitle',
  'skipReasons',
  'strategyNeeds',
  'toCountryCode',
  'toE164',
  'toStateCode',
  'withMatches',
];

describe('the public API', () => {
  it('exports every function, the strategy registry, the labels and the error table', () => {
    const api: Record<string, unknown> = { ...engine };
    for (const name of functions) expect(typeof api[name], name).toBe('function');
    expect(Object.keys(engine.strategies)).toHaveLength(8);
    expect(Object.keys(engine.strategyLabels)).toEqual(Object.keys(engine.strategies));
    expect(engine.errorCodes).toContain('internal');
    expect(typeof engine.AppError).toBe('function');
  });

  it('exports nothing else', () => {
    const known = new Set([
      ...functions,
      'strategies',
      'strategyLabels',
      'errorCodes',
      'AppError',
      'maxArms',
      'leadPayloadLimits',
      'leadStatuses',
      'leadActions',
      'openStatuses',
    ]);
    expect(Object.keys(engine).filter((name) => !known.has(name))).toEqual([]);
  });
});
