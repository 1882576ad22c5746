export {
  effectiveCap,
  isOutOfOffice,
  type NodeCaps,
  type RepLoad,
  type RepProfile,
  type SkipReason,
  skipReasons,
} from './availability/eligibility';
export {
  isWithinWorkingHours,
  localClock,
  localDayStart,
  parseInstant,
  type Weekday,
  type WorkingHours,
} from './availability/local-time';
export { isValidTimeZone } from './availability/time-zone';
export {
  type AssignConfig,
  type Distribution,
  type DistributionInput,
  type DistributionResult,
  distribute,
} from './distribute';
export {
  AppError,
  type AppFailure,
  type ErrorCode,
  errorCodes,
  failure,
  isErrorCode,
} from './errors';
export { strategyLabels } from './explain';
export { bucketIdentity, bucketOf } from './lead/bucket';
export { isFreeEmailDomain, parseDomain, parseEmail, toE164 } from './lead/contact';
export { toCountryCode } from './lead/country';
export {
  armForBucket,
  armKey,
  checkArmWeights,
  maxArms,
  type WeightedArm,
} from './lead/experiment-arm';
export { type EnrichedLead, readLeadField } from './lead/lead-fields';
export {
  canTake,
  isOpenStatus,
  type LeadAction,
  type LeadStatus,
  leadActions,
  leadStatuses,
  openStatuses,
} from './lead/lifecycle';
export { type NormalizeOptions, normalizeLead } from './lead/normalize-lead';
export { parseBoolean, parseNumber } from './lead/numbers';
export {
  checkPayloadLimits,
  leadPayloadLimits,
  type PayloadLimits,
} from './lead/payload-limits';
export { toStateCode } from './lead/regions';
export { type Seniority, seniorityFromTitle } from './lead/seniority';
export type { NormalizeWarning, NormalizeWarningCode } from './lead/warnings';
export { type MatchRequest, type MatchResult, matchRequests, withMatches } from './match';
export { runStrategy, strategies } from './strategies/index';
export { matchedOwner } from './strategies/match-owner';
export type {
  Candidate,
  StrategyFn,
  StrategyInput,
  StrategyPick,
  StrategyState,
} from './strategies/types';
export { type StrategyNeeds, strategyNeeds } from './strategy-needs';
