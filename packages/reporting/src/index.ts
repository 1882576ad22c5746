export { type Comparison, compareProportions, type Proportion } from './compare';
export { type CsvCell, type ReportTable, toCsv } from './csv';
export { type DurationBin, durationHistogram, timeToTouchBins } from './duration-histogram';
export { ReportingError, type ReportingErrorCode } from './errors';
export { type Fairness, fairness, gini, type RepShare } from './fairness';
export { type DateRange, type GroupKey, groupBy, type LeadGroup, withinRange } from './group';
export { type LeadCell, leadCells } from './lead-cell';
export { normalCdf, normalQuantile, twoSidedZ } from './normal';
export {
  type DurationSummary,
  durationSummary,
  median,
  p90,
  quantile,
  quantileSorted,
} from './quantile';
export type { PathStep, ReportLead, ReportLeadStatus, TerminalKind } from './report-lead';
export { type SampleSizeInput, sampleSizePerArm } from './sample-size';
export {
  type LeadSummary,
  type RepSummary,
  type SummarizeOptions,
  summarizeBy,
  summarizeCells,
  summarizeLeads,
} from './summarize';
export { type Verdict, type VerdictKind, type VerdictOptions, verdict } from './verdict';
export { type RateInterval, wilsonInterval } from './wilson';
