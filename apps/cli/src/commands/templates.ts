import { join } from 'node:path';
import { compileFlow, createDecider, type Flow } from '@switchyard/flow';
import type { Command } from '../command';
import { cliFailure } from '../errors';
import { listDirectory, readJsonFile } from '../files';
import { readFlowFile } from '../flow-file';
import type { CliIo } from '../io';
import { paint } from '../paint';
import { countIssues, formatFailure, formatIssues, plural, reportFailure } from '../report';
import { findMismatches, type LeadEntry, toLeadEntries } from '../samples';
import { gradeText, verdict } from '../simulate-output';
import { renderTable } from '../table';

const flowSuffix = '.flow.json';

/** What one template contributed: problems to print, table rows and counts. */
type TemplateReport = {
  problems: string;
  rows: string[][];
  invalid: boolean;
  samples: number;
  failed: number;
};

function withExpected(actual: string, expected: string | undefined): string {
  return expected === undefined || expected === actual
    ? actual
    : `${actual} (expected ${expected})`;
}

function sampleRows(slug: string, flow: Flow, samples: readonly LeadEntry[], color: boolean) {
  const decide = createDecider(compileFlow(flow));
  return samples.map((sample) => {
    const decision = decide(sample.lead);
    const { expect } = sample;
    const mismatches = expect ? findMismatches(decision, expect) : [];
    const row = [
      slug,
      sample.name,
      expect?.terminal ?? '-',
      decision.terminal,
      withExpected(String(decision.score), expect?.score?.toString()),
      withExpected(
        gradeText(decision.grade),
        expect?.grade === undefined ? undefined : gradeText(expect.grade),
      ),
      verdict({ expect, mismatches }, color),
    ];
    return { row, failed: mismatches.length > 0 };
  });
}

function checkTemplate(io: CliIo, dir: string, fileName: string): TemplateReport {
  const slug = fileName.slice(0, -flowSuffix.length);
  const flowPath = join(dir, fileName);
  const invalid = (problems: string, what: string): TemplateReport => ({
    problems,
    rows: [[slug, what, '-', '-', '', '', paint(io.color, 'fail', '✗')]],
    invalid: true,
    samples: 0,
    failed: 0,
  });
  const file = readFlowFile(io, flowPath);
  if (!file.ok) return invalid(formatFailure(file.error, io.color), '(unreadable flow)');
  const { flow, issues } = file.value;
  const problems =
    issues.length > 0
      ? `${flowPath}: ${countIssues(issues)}\n${formatIssues(issues, io.color)}`
      : '';
  if (!flow) return invalid(problems, '(invalid flow)');

  const samplesPath = join(dir, `${slug}.samples.json`);
  const json = readJsonFile(io, samplesPath);
  if (!json.ok && json.error.code === 'file_not_found') {
    return {
      problems,
      rows: [[slug, '(no samples file)', '-', '-', '', '', '']],
      invalid: false,
      samples: 0,
      failed: 0,
    };
  }
  const samples = json.ok ? toLeadEntries(json.value, samplesPath) : json;
  if (!samples.ok) {
    return invalid(`${problems}${formatFailure(samples.error, io.color)}`, '(bad samples file)');
  }
  const results = sampleRows(slug, flow, samples.value, io.color);
  return {
    problems,
    rows: results.map((result) => result.row),
    invalid: false,
    samples: results.length,
    failed: results.filter((result) => result.failed).length,
  };
}

const columns = [
  { header: 'template' },
  { header: 'sample' },
  { header: 'expected' },
  { header: 'actual' },
  { header: 'score', align: 'right' as const },
  { header: 'grade' },
  { header: '' },
];

/** `switchyard templates [DIR]`: validate every template and run its samples. */
export const templates: Command = {
  name: 'templates',
  summary: 'validate every template in DIR and run its samples',
  args: '[DIR]',
  help: [
    `For every *${flowSuffix} in DIR (default: ./templates): validate it, then run the samples in`,
    '<slug>.samples.json, an array of { "name", "lead", "expect": { "terminal", "score"?, "grade"? } }.',
    'Prints the problems found, a routing table (expected and actual terminal, score, grade, ✓/✗)',
    'and "N templates, M samples, K failed".\n',
    'Exit codes: 0 all valid and passing, 1 an invalid template or a failed sample,',
    '2 usage error or a directory that cannot be read.\n',
  ].join('\n'),
  options: {},
  run: ({ positionals: [dir = 'templates'] }, io) => {
    const names = listDirectory(io, dir);
    if (!names.ok) return reportFailure(io, names.error);
    const flowFiles = names.value.filter((name) => name.endsWith(flowSuffix)).sort();
    if (flowFiles.length === 0) {
      return reportFailure(
        io,
        cliFailure('no_templates', `"${dir}" holds no *${flowSuffix} files.`),
      );
    }
    const reports = flowFiles.map((name) => checkTemplate(io, dir, name));
    const problems = reports.map((report) => report.problems).filter(Boolean);
    const invalid = reports.filter((report) => report.invalid).length;
    const samples = reports.reduce((sum, report) => sum + report.samples, 0);
    const failed = reports.reduce((sum, report) => sum + report.failed, 0);
    const templateCount = `${plural(flowFiles.length, 'template')}${invalid > 0 ? ` (${invalid} invalid)` : ''}`;
    io.stdout(
      [
        ...problems.map((text) => `${text}\n`),
        renderTable(
          columns,
          reports.flatMap((report) => report.rows),
        ),
        `\n${templateCount}, ${plural(samples, 'sample')}, ${failed} failed\n`,
      ].join(''),
    );
    return invalid > 0 || failed > 0 ? 1 : 0;
  },
};
