export { type Comparison, compareProportions, type Proportion } from './compare';
export { ReportingError, type ReportingErrorCode } from './errors';
export { normalCdf, normalQuantile, twoSidedZ } from './normal';
export { type SampleSizeInput, sampleSizePerArm } from './sample-size';
export { type RateInterval, wilsonInterval } from './wilson';
