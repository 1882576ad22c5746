import { walkRule } from './walk-rule';

/**
 * The data paths a rule reads at the top-level data scope (not inside map/filter/reduce/all/some/none
 * bodies), literal paths only; `dynamic: true` when some `var` path is computed.
 */
export function readVars(rule: unknown): { paths: string[]; dynamic: boolean } {
  const paths = new Set<string>();
  let dynamic = false;
  const read = (key: unknown) => {
    // A rule as a path is only known when it runs; a literal is what json-logic-js reads.
    if (typeof key === 'object' && key !== null) dynamic = true;
    else paths.add(key === undefined || key === null ? '' : String(key));
  };
  walkRule(
    rule,
    (node) => {
      if (node.scoped || node.op === undefined) return;
      const { op, args } = node;
      if (op === 'var') read(args[0]);
      if (op === 'missing') {
        const keys = Array.isArray(args[0]) ? args[0] : args;
        for (const key of keys) read(key);
      }
      if (op === 'missing_some') {
        const keys = args[1];
        if (Array.isArray(keys)) for (const key of keys) read(key);
        else read(keys);
      }
    },
    // Generous bounds: paths are wanted from big trusted rules too; they only stop a cycle.
    { maxNodes: 1_000_000, maxDepth: 100_000 },
  );
  return { paths: [...paths], dynamic };
}
