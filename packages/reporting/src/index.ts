export { type Comparison, compareProportions, type Proportion } from './compare';
export { ReportingError, type ReportingErrorCode } from './errors';
export { type Fairness, fairness, gini, type RepShare } from './fairness';
export { normalCdf, normalQuantile, twoSidedZ } from './normal';
export { durationSummary, median, p90, quantile, quantileSorted } from './quantile';
export { type SampleSizeInput, sampleSizePerArm } from './sample-size';
export { type Verdict, type VerdictKind, type VerdictOptions, verdict } from './verdict';
export { type RateInterval, wilsonInterval } from './wilson';
