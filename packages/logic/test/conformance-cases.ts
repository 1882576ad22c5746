/// <reference types="node" />
import { readFileSync } from 'node:fs';

/** One published JSON Logic test: a rule, its data, the value json-logic-js 2.0.5 returns. */
export type ConformanceCase = { rule: unknown; data: unknown; expected: unknown; section: string };

// The suite lives outside the repository: CI clones the repo with `shared/` beside it.
const repoRoot = new URL('../../../', import.meta.url);
/** Where the shared suite is read from: `../shared/conformance/` from the repository root. */
export const conformanceFile = new URL('../shared/conformance/jsonlogic-tests.json', repoRoot);

/**
 * Read every case. A missing or unreadable file throws, so the suite fails instead of passing
 * with nothing checked.
 */
export function readConformanceCases(): ConformanceCase[] {
  const entries: unknown = JSON.parse(readFileSync(conformanceFile, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${conformanceFile.pathname} is not a JSON array`);
  const cases: ConformanceCase[] = [];
  let section = '';
  for (const entry of entries) {
    if (typeof entry === 'string') section = entry.replace(/^#\s*/, '');
    else if (Array.isArray(entry) && entry.length === 3) {
      const [rule, data, expected] = entry;
      cases.push({ rule, data, expected, section });
    } else throw new Error(`unexpected conformance entry ${JSON.stringify(entry)}`);
  }
  return cases;
}
