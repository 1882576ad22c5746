export { applyLogic } from './apply-logic';
export { checkLogic } from './check-logic';
export { compileLogic } from './compile-logic';
export {
  defaultLogicLimits,
  LogicError,
  type LogicIssue,
  type LogicIssueCode,
  type LogicLimits,
} from './issues';
export { readVars } from './read-vars';
export { err, type Failure, ok, type Result } from './result';
export {
  iteratingOperations,
  type JsonLogicRule,
  type LogicData,
  logicOperations,
  truthy,
} from './rule';
