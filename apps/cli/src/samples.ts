import type { Decision } from '@switchyard/flow';
import type { Result } from '@switchyard/logic';
import { type CliFailure, cliFailure } from './errors';

/** What a sample says the flow should decide; score and grade are checked only when given. */
export type Expectation = { terminal: string; score?: number; grade?: string | null };

/** One lead to run: from a leads file or a template's samples file. */
export type LeadEntry = { name: string; lead: Record<string, unknown>; expect?: Expectation };

/** A check inside one item; the caller adds which file and item. */
type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a lead is named in a table: the sample's name, else the lead's name or e-mail, else its number. */
export function entryName(index: number, lead: Record<string, unknown>, name?: unknown): string {
  for (const candidate of [name, lead.name, lead.email]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.trim();
  }
  return `lead ${index + 1}`;
}

function checkExpectation(value: unknown): Checked<Expectation | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  if (!isRecord(value)) return fail('"expect" must be an object such as { "terminal": "ae" }');
  const unknown = Object.keys(value).filter((key) => !['terminal', 'score', 'grade'].includes(key));
  if (unknown.length > 0) return fail(`"expect" has unknown keys: ${unknown.join(', ')}`);
  const { terminal, score, grade } = value;
  if (typeof terminal !== 'string') return fail('"expect.terminal" must be a step id');
  if (score !== undefined && typeof score !== 'number')
    return fail('"expect.score" must be a number');
  if (grade !== undefined && grade !== null && typeof grade !== 'string') {
    return fail('"expect.grade" must be a string or null');
  }
  return {
    ok: true,
    value: {
      terminal,
      ...(score === undefined ? {} : { score }),
      ...(grade === undefined ? {} : { grade: grade as string | null }),
    },
  };
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** A sample `{ name?, lead, expect? }` or a bare lead object. */
function toEntry(item: unknown, index: number): Checked<LeadEntry> {
  if (!isRecord(item)) return fail('must be a lead object or a sample { name, lead, expect }');
  // Leads have no "lead" field, so its presence marks a sample.
  if (!('lead' in item)) return { ok: true, value: { name: entryName(index, item), lead: item } };
  if (!isRecord(item.lead)) return fail('"lead" must be an object of lead fields');
  const expect = checkExpectation(item.expect);
  if (!expect.ok) return expect;
  const name = entryName(index, item.lead, item.name);
  return {
    ok: true,
    value: { name, lead: item.lead, ...(expect.value ? { expect: expect.value } : {}) },
  };
}

/** Leads from parsed JSON: an array of lead objects, or of samples (the templates' format). */
export function toLeadEntries(value: unknown, path: string): Result<LeadEntry[], CliFailure> {
  if (!Array.isArray(value)) {
    const message = `"${path}" must hold an array of leads, or of samples { "name", "lead", "expect" }.`;
    return { ok: false, error: cliFailure('invalid_leads', message) };
  }
  const entries: LeadEntry[] = [];
  for (const [index, item] of value.entries()) {
    const entry = toEntry(item, index);
    if (!entry.ok) {
      const message = `"${path}" item ${index + 1}: ${entry.reason}.`;
      return { ok: false, error: cliFailure('invalid_leads', message) };
    }
    entries.push(entry.value);
  }
  return { ok: true, value: entries };
}

/** Where a decision differs from its expectation, in words; empty when it matches. */
export function findMismatches(decision: Decision, expect: Expectation): string[] {
  const mismatches: string[] = [];
  if (decision.terminal !== expect.terminal) {
    mismatches.push(`terminal ${decision.terminal}, expected ${expect.terminal}`);
  }
  if (expect.score !== undefined && decision.score !== expect.score) {
    mismatches.push(`score ${decision.score}, expected ${expect.score}`);
  }
  if (expect.grade !== undefined && decision.grade !== expect.grade) {
    mismatches.push(`grade ${decision.grade ?? 'none'}, expected ${expect.grade ?? 'none'}`);
  }
  return mismatches;
}
