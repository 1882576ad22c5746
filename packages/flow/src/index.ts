export { capturedSources } from './captured-sources';
export {
  type CompiledFlow,
  compileFlow,
  createDecider,
  type Decision,
  type TerminalInfo,
} from './compile';
export {
  type FieldDeclaration,
  type Flow,
  type FlowEdge,
  fieldDeclarationSchema,
  flowEdgeSchema,
  flowFormat,
  flowSchema,
  type TeamPlaceholder,
  teamPlaceholderSchema,
} from './document';
export {
  type FieldType,
  findLeadField,
  type LeadField,
  leadFields,
  matchFieldPath,
  matchFields,
  seniorityLevels,
} from './fields';
export {
  FlowError,
  type FlowIssue,
  type FlowIssueCode,
  type FlowIssueSeverity,
  isPublishable,
} from './issues';
export { type FlowNode, flowNodeSchema, isNodeKind, type NodeKind, nodeKinds } from './nodes';
export type { ConditionResult } from './nodes/define-node-kind';
export { ruleParts } from './nodes/qualify';
export { parseFlow } from './parse';
export { type RepReference, repIdsOf, repReferences } from './rep-references';
export { type Strategy, type StrategyType, strategySchema } from './strategies';
export { createTracer, type FlowTrace, type TraceStep, traceFlow } from './trace';
export { analyzeFlow, type FlowAnalysis, validateFlow } from './validate';
