import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CompiledFlow,
  compileFlow,
  createDecider,
  type Flow,
  FlowError,
  parseFlow,
  traceFlow,
  validateFlow,
} from '@switchyard/flow';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';

/** An enriched lead: canonical fields, nested `utm`, `custom` and `match` objects. */
type SampleLead = Record<string, unknown> & {
  custom?: Record<string, unknown>;
  match?: Record<string, unknown>;
};

/** One sample lead of a template and where it must end. */
type Sample = {
  name: string;
  lead: SampleLead;
  expect: { terminal: string; score?: number; grade?: string | null };
};

const dir = fileURLToPath(new URL('..', import.meta.url));
const flowSuffix = '.flow.json';
const terminalKinds = new Set(['assign', 'pool', 'disqualify']);
const slugs = readdirSync(dir)
  .filter((file) => file.endsWith(flowSuffix))
  .map((file) => file.slice(0, -flowSuffix.length))
  .sort();

function readText(file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** A template's samples; none when the file is missing, which the sample-count test reports. */
function readSamples(slug: string): Sample[] {
  const file = `${slug}.samples.json`;
  return existsSync(join(dir, file)) ? (JSON.parse(readText(file)) as Sample[]) : [];
}

function parsed(slug: string): Flow {
  const result = parseFlow(readText(`${slug}${flowSuffix}`));
  if (!result.ok) throw new Error(`${slug}: ${result.error.message}`);
  return result.value;
}

/** Terminal steps a lead can reach along edges (fallback-only pools are not decisions). */
function reachableTerminals(flow: Flow): string[] {
  const capture = flow.nodes.find((node) => node.kind === 'capture');
  const seen = new Set<string>(capture ? [capture.id] : []);
  const stack = [...seen];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const edge of flow.edges.filter((candidate) => candidate.source === id)) {
      if (seen.has(edge.target)) continue;
      seen.add(edge.target);
      stack.push(edge.target);
    }
  }
  return flow.nodes.filter((n) => terminalKinds.has(n.kind) && seen.has(n.id)).map((n) => n.id);
}

const compiledBySlug = new Map<string, CompiledFlow>();
function compiled(slug: string): CompiledFlow {
  const cached = compiledBySlug.get(slug) ?? compileFlow(parsed(slug));
  compiledBySlug.set(slug, cached);
  return cached;
}

describe('templates', () => {
  it('has at least 11 templates', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(11);
  });

  for (const slug of slugs) {
    const samples = readSamples(slug);

    it(`${slug}: parses and validates with no issue at all`, () => {
      const text = readText(`${slug}${flowSuffix}`);
      expect(parseFlow(text)).toMatchObject({ ok: true });
      expect(validateFlow(text)).toEqual([]);
    });

    it(`${slug}: has 5–10 samples reaching every terminal its edges reach`, () => {
      expect(samples.length).toBeGreaterThanOrEqual(5);
      expect(samples.length).toBeLessThanOrEqual(10);
      expect(new Set(samples.map((s) => s.name)).size).toBe(samples.length);
      const expected = new Set(samples.map((s) => s.expect.terminal));
      const reachable = reachableTerminals(parsed(slug));
      expect(reachable.filter((id) => !expected.has(id))).toEqual([]);
      expect([...expected].filter((id) => !reachable.includes(id))).toEqual([]);
    });

    it(`${slug}: samples set only declared custom fields and this flow's match steps`, () => {
      const flow = parsed(slug);
      const declared = new Set((flow.fields ?? []).map((field) => field.key));
      const matchSteps = new Set(flow.nodes.filter((n) => n.kind === 'match').map((n) => n.id));
      for (const { lead } of samples) {
        const custom = Object.keys(lead.custom ?? {}).map((key) => `custom.${key}`);
        expect(custom.filter((key) => !declared.has(key))).toEqual([]);
        expect(Object.keys(lead.match ?? {}).filter((id) => !matchSteps.has(id))).toEqual([]);
      }
    });

    it(`${slug}: samples take every output of every step`, () => {
      const flow = parsed(slug);
      const steps = samples.flatMap((sample) => traceFlow(flow, sample.lead).steps);
      const untaken = flow.edges.filter(
        (edge) =>
          !steps.some(
            (step) =>
              step.nodeId === edge.source && (edge.sourceHandle ?? step.output) === step.output,
          ),
      );
      expect(untaken.map((edge) => `${edge.source}:${edge.sourceHandle ?? ''}`)).toEqual([]);
    });

    for (const sample of samples) {
      it(`${slug}: ${sample.name}`, () => {
        const flow = parsed(slug);
        const { terminal, score, grade } = traceFlow(flow, sample.lead);
        expect(terminal).toBe(sample.expect.terminal);
        if (sample.expect.score !== undefined) expect(score).toBe(sample.expect.score);
        if (sample.expect.grade !== undefined) expect(grade).toBe(sample.expect.grade);
        const logic = compiled(slug).logic;
        expect(createDecider(compiled(slug))(sample.lead)).toEqual({ terminal, score, grade });
        const reference = jsonLogic.apply(logic as jsonLogic.RulesLogic, sample.lead);
        expect(reference).toEqual([terminal, score, grade]);
      });
    }

    it(`${slug}: rejects a copy with a deleted edge`, () => {
      const flow = parsed(slug);
      const deleted = flow.edges.at(-1);
      const broken = { ...flow, edges: flow.edges.slice(0, -1) };
      const codes = validateFlow(broken)
        .filter((issue) => issue.severity === 'error' && issue.nodeId === deleted?.source)
        .map((issue) => issue.code);
      expect(codes.some((code) => code === 'missing_output' || code === 'dead_end')).toBe(true);
      expect(() => compileFlow(broken)).toThrow(FlowError);
    });
  }
});
