import { describe, expect, it } from 'vitest';
import { cyclicFlow, fixture, run, tempDir } from '../../test/cli-harness';

const csv = [
  'name,email,employees,custom.seats,utm.source',
  'Ada,ada@acme.com,1200,25,linkedin',
  ',bo@tiny.io,8,,',
  'Cy,cy@mid.com,60,2,google',
].join('\n');

const samples = [
  {
    name: 'big and keen',
    lead: { employees: 900, custom: { seats: 12 } },
    expect: { terminal: 'sales', score: 40, grade: 'warm' },
  },
  { name: 'too small', lead: { employees: 5 }, expect: { terminal: 'drop' } },
];

describe('switchyard simulate', () => {
  it('runs CSV leads: typed numbers, nested columns, a row each and a summary', () => {
    const dir = tempDir({ 'flow.json': fixture('scored.flow.json'), 'leads.csv': csv });
    const { code, stdout, stderr } = run(['simulate', 'flow.json', 'leads.csv'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^#\s+lead\s+terminal\s+score\s+grade$/);
    expect(lines[2]).toMatch(/^1\s+Ada\s+Sales reps \(sales\)\s+60\s+hot$/);
    expect(lines[3]).toMatch(/^2\s+bo@tiny\.io\s+Too small \(drop\)\s+0\s+-$/);
    expect(lines[4]).toMatch(/^3\s+Cy\s+Sales reps \(sales\)\s+0\s+cold$/);
    expect(stdout).toMatch(/^Sales reps \(sales\)\s+assign\s+2\s+66\.7%$/m);
    expect(stdout).toMatch(/^Too small \(drop\)\s+disqualify\s+1\s+33\.3%$/m);
    expect(stdout.endsWith('\n3 leads\n')).toBe(true);
  });

  it('checks samples with expectations and exits 0 when all match', () => {
    const dir = tempDir({
      'flow.json': fixture('scored.flow.json'),
      'samples.json': JSON.stringify(samples),
    });
    const { code, stdout } = run(['simulate', 'flow.json', 'samples.json'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\s+big and keen\s+Sales reps \(sales\)\s+40\s+warm\s+✓$/m);
    expect(stdout).toContain('2 leads, 0 failed');
  });

  it('exits 1 when a sample does not get what it expects', () => {
    const wrong = [{ ...samples[0], expect: { terminal: 'drop', grade: 'hot' } }, samples[1]];
    const dir = tempDir({
      'flow.json': fixture('scored.flow.json'),
      'samples.json': JSON.stringify(wrong),
    });
    const { code, stdout } = run(['simulate', 'flow.json', 'samples.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/terminal sales, expected drop; grade warm, expected hot\s+✗$/m);
    expect(stdout).toContain('2 leads, 1 failed');
  });

  it('prints each path with --trace: steps, outputs and the values each condition saw', () => {
    const dir = tempDir({ 'flow.json': fixture('scored.flow.json'), 'leads.csv': csv });
    const { code, stdout } = run(['simulate', '--trace', 'flow.json', 'leads.csv'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        '2. bo@tiny.io → Too small (drop), score 0, grade -',
        '   Web forms (start)',
        '   50+ staff (size) → fail',
        '     ✗ Rule: employees = 8',
        '   Too small (drop)',
      ].join('\n'),
    );
    expect(stdout).toContain(
      '   Fit score (fit) → score 60, grade hot\n     ✓ 10+ seats: custom.seats = 25\n',
    );
    expect(stdout).toContain('     ✗ From LinkedIn: utm.source = "google"\n');
  });

  it('prints results with traces as JSON with --json', () => {
    const dir = tempDir({
      'flow.json': fixture('scored.flow.json'),
      'samples.json': JSON.stringify(samples),
    });
    const { code, stdout } = run(['simulate', '--json', 'flow.json', 'samples.json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.flow.name).toBe('Score seats and campaign');
    expect(report.failed).toBe(0);
    expect(report.leads[0]).toMatchObject({
      index: 1,
      name: 'big and keen',
      terminal: 'sales',
      score: 40,
      grade: 'warm',
      pass: true,
    });
    expect(report.leads[0].steps.map((step: { nodeId: string }) => step.nodeId)).toEqual([
      'start',
      'size',
      'fit',
      'sales',
    ]);
    expect(report.summary).toContainEqual({
      terminal: 'drop',
      label: 'Too small',
      kind: 'disqualify',
      count: 1,
      share: 50,
    });
  });

  it('warns about a field the flow reads that no lead sets', () => {
    const dir = tempDir({
      'flow.json': fixture('qualify.flow.json'),
      'leads.csv': 'email,employes\na@b.c,80\n',
    });
    const { code, stderr } = run(['simulate', 'flow.json', 'leads.csv'], dir);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'warning [missing_field] No lead sets "employees", which this flow reads; check the column names.\n',
    );
  });

  it('refuses a CSV with a bad header, in one line', () => {
    const dir = tempDir({
      'flow.json': fixture('qualify.flow.json'),
      'leads.csv': 'email,email\na,b\n',
    });
    expect(run(['simulate', 'flow.json', 'leads.csv'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'error  [invalid_csv] "leads.csv" has a bad header: the column "email" appears twice.\n',
    });
  });

  it('refuses a number column holding text', () => {
    const dir = tempDir({
      'flow.json': fixture('qualify.flow.json'),
      'leads.csv': 'employees\n"1,000"\n',
    });
    const { code, stderr } = run(['simulate', 'flow.json', 'leads.csv'], dir);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'error  [invalid_csv] "leads.csv" line 2, column "employees": "1,000" is not a number.\n',
    );
  });

  it('refuses malformed leads JSON with its position', () => {
    const dir = tempDir({
      'flow.json': fixture('qualify.flow.json'),
      'leads.json': '[\n  { "employees": 5 }\n  { "employees": 6 }\n]',
    });
    const { code, stderr } = run(['simulate', 'flow.json', 'leads.json'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'error  [invalid_json] "leads.json" is not valid JSON: line 3, column 3:',
    );
  });

  it('refuses an empty leads file', () => {
    const dir = tempDir({ 'flow.json': fixture('qualify.flow.json'), 'leads.json': '[]' });
    expect(run(['simulate', 'flow.json', 'leads.json'], dir).stderr).toBe(
      'error  [invalid_leads] "leads.json" holds no leads.\n',
    );
  });

  it('refuses an invalid flow before reading leads', () => {
    const dir = tempDir({ 'flow.json': cyclicFlow() });
    const { code, stderr } = run(['simulate', 'flow.json', 'missing.csv'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('[cycle]');
  });

  it('exits 2 for a missing leads file or one that is neither CSV nor JSON', () => {
    const dir = tempDir({ 'flow.json': fixture('qualify.flow.json'), 'leads.txt': 'x' });
    expect(run(['simulate', 'flow.json', 'missing.csv'], dir)).toMatchObject({
      code: 2,
      stderr: 'error  [file_not_found] Cannot find the file "missing.csv".\n',
    });
    expect(run(['simulate', 'flow.json', 'leads.txt'], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('[usage]'),
    });
  });
});
