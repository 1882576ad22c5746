import { describe, expect, it } from 'vitest';
import { cyclicFlow, fixture, run, tempDir } from '../../test/cli-harness';

const qualifySamples = [
  { name: 'mid-size', lead: { employees: 120 }, expect: { terminal: 'sales' } },
  { name: 'tiny', lead: { employees: 4 }, expect: { terminal: 'drop', score: 0, grade: null } },
];
const scoredSamples = [
  {
    name: 'keen',
    lead: { employees: 80, custom: { seats: 30 }, utm: { source: 'linkedin' } },
    expect: { terminal: 'sales', score: 60, grade: 'hot' },
  },
];

function templatesDir(extra: Record<string, string> = {}) {
  return tempDir({
    'templates/qualify.flow.json': fixture('qualify.flow.json'),
    'templates/qualify.samples.json': JSON.stringify(qualifySamples),
    'templates/scored.flow.json': fixture('scored.flow.json'),
    'templates/scored.samples.json': JSON.stringify(scoredSamples),
    'templates/README.md': '# not a template',
    ...extra,
  });
}

describe('switchyard templates', () => {
  it('validates every template, runs its samples and prints a routing table', () => {
    const { code, stdout, stderr } = run(['templates'], templatesDir());
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^template\s+sample\s+expected\s+actual\s+score\s+grade$/);
    expect(lines[2]).toMatch(/^qualify\s+mid-size\s+sales\s+sales\s+0\s+-\s+✓$/);
    expect(lines[3]).toMatch(/^qualify\s+tiny\s+drop\s+drop\s+0\s+-\s+✓$/);
    expect(lines[4]).toMatch(/^scored\s+keen\s+sales\s+sales\s+60\s+hot\s+✓$/);
    expect(stdout.endsWith('\n2 templates, 3 samples, 0 failed\n')).toBe(true);
  });

  it('takes the directory as an argument', () => {
    const dir = tempDir({
      'flows/qualify.flow.json': fixture('qualify.flow.json'),
      'flows/qualify.samples.json': JSON.stringify(qualifySamples),
    });
    expect(run(['templates', 'flows'], dir).stdout).toContain('1 template, 2 samples, 0 failed');
  });

  it('exits 1 when a sample fails, showing what was expected', () => {
    const wrong = [{ ...scoredSamples[0], expect: { terminal: 'sales', score: 40, grade: 'hot' } }];
    const { code, stdout } = run(
      ['templates'],
      templatesDir({ 'templates/scored.samples.json': JSON.stringify(wrong) }),
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/^scored\s+keen\s+sales\s+sales\s+60 \(expected 40\)\s+hot\s+✗$/m);
    expect(stdout).toContain('2 templates, 3 samples, 1 failed');
  });

  it('exits 1 on an invalid template, listing its problems', () => {
    const { code, stdout } = run(
      ['templates'],
      templatesDir({ 'templates/broken.flow.json': cyclicFlow() }),
    );
    expect(code).toBe(1);
    expect(stdout).toContain('templates/broken.flow.json: ');
    expect(stdout).toMatch(/^error {2}\[cycle\]/m);
    expect(stdout).toMatch(/^broken\s+\(invalid flow\)\s+-\s+-\s+✗$/m);
    expect(stdout).toContain('3 templates (1 invalid), 3 samples, 0 failed');
  });

  it('exits 1 on a malformed samples file', () => {
    const { code, stdout } = run(
      ['templates'],
      templatesDir({ 'templates/scored.samples.json': '[{ "name": "x", }]' }),
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      'error  [invalid_json] "templates/scored.samples.json" is not valid JSON: line 1, column 17:',
    );
  });

  it('shows a template without samples and lets it pass', () => {
    const dir = tempDir({ 'templates/qualify.flow.json': fixture('qualify.flow.json') });
    const { code, stdout } = run(['templates'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^qualify\s+\(no samples file\)/m);
  });

  it('exits 2 for a missing directory and 1 for a directory without templates', () => {
    const dir = tempDir({ 'empty/.keep': '' });
    expect(run(['templates', 'nowhere'], dir)).toMatchObject({
      code: 2,
      stderr: 'error  [file_not_found] Cannot find the directory "nowhere".\n',
    });
    expect(run(['templates', 'empty'], dir)).toMatchObject({
      code: 1,
      stderr: 'error  [no_templates] "empty" holds no *.flow.json files.\n',
    });
  });
});
