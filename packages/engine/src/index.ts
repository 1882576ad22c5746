export {
  isOutOfOffice,
  isWithinWorkingHours,
  type RepLoad,
  type RepProfile,
  type SkipReason,
  skipReasons,
  type WorkingHours,
} from './availability/eligibility';
export { localClock, localDayStart, type Weekday } from './availability/local-time';
export {
  type AssignConfig,
  type Distribution,
  type DistributionInput,
  distribute,
  strategyNeeds,
} from './distribute';
export {
  AppError,
  type AppFailure,
  type ErrorCode,
  errorCodes,
  failure,
  isErrorCode,
} from './errors';
export { bucketOf } from './lead/bucket';
export { toCountryCode } from './lead/country';
export { domainFromWebsite, isFreeEmailDomain, parseEmail } from './lead/email';
export { type EnrichedLead, type NormalizeWarning, normalizeLead } from './lead/normalize-lead';
export { parseBoolean, parseNumber } from './lead/numbers';
export { toE164 } from './lead/phone';
export { toRegionCode } from './lead/regions';
export { type Seniority, seniorityFromTitle } from './lead/seniority';
export { type MatchRequest, type MatchResult, matchRequests, withMatches } from './match';
export { strategies } from './strategies';
export type { Candidate, StrategyInput, StrategyPick, StrategyState } from './strategies/types';
