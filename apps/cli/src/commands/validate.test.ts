import { describe, expect, it } from 'vitest';
import { cyclicFlow, fixture, run, tempDir } from '../../test/cli-harness';

describe('switchyard validate', () => {
  it('passes a valid flow', () => {
    const dir = tempDir({ 'flow.json': fixture('qualify.flow.json') });
    expect(run(['validate', 'flow.json'], dir)).toEqual({
      code: 0,
      stdout: 'flow.json: valid (0 errors, 0 warnings)\n',
      stderr: '',
    });
  });

  it('lists a cycle as an error on its step and exits 1', () => {
    const dir = tempDir({ 'flow.json': cyclicFlow() });
    const { code, stdout } = run(['validate', 'flow.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^error {2}\[cycle\] .+ \(node "[a-z]+"\)$/m);
    expect(stdout).toMatch(/flow\.json: invalid \(\d+ errors?, \d+ warnings?\)\n$/);
  });

  it('keeps warnings from failing the check', () => {
    const flow = JSON.parse(fixture('qualify.flow.json'));
    flow.teams.push({ key: 'spare', label: 'Nobody uses this' });
    const dir = tempDir({ 'flow.json': JSON.stringify(flow) });
    const { code, stdout } = run(['validate', 'flow.json'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('warning [unused_team] The team "spare"');
  });

  it('prints the issues as JSON with --json', () => {
    const dir = tempDir({ 'flow.json': cyclicFlow() });
    const { code, stdout } = run(['validate', '--json', 'flow.json'], dir);
    expect(code).toBe(1);
    const issues = JSON.parse(stdout);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'cycle', severity: 'error' }));
  });

  it('prints an empty JSON array for a clean flow', () => {
    const dir = tempDir({ 'flow.json': fixture('qualify.flow.json') });
    expect(JSON.parse(run(['validate', 'flow.json', '--json'], dir).stdout)).toEqual([]);
  });

  it('reports malformed JSON with its line and column', () => {
    const dir = tempDir({
      'flow.json': '{\n  "format": "switchyard.flow/1",\n  "nodes": [,]\n}\n',
    });
    const { code, stdout } = run(['validate', 'flow.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'error  [invalid_json] "flow.json" is not valid JSON: line 3, column 13:',
    );
  });

  it('says a JSON file that is no flow is not a flow', () => {
    const dir = tempDir({ 'leads.json': '[{ "email": "ada@acme.com" }]' });
    const { code, stdout } = run(['validate', 'leads.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('error  [unsupported_format] "leads.json" is not a Switchyard flow');
    expect(stdout.split('\n')).toHaveLength(3);
  });

  it('exits 2 on a missing file, with one line on stderr', () => {
    const dir = tempDir();
    expect(run(['validate', 'nope.json'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error  [file_not_found] Cannot find the file "nope.json".\n',
    });
  });

  it('exits 2 when given a directory', () => {
    const dir = tempDir({ 'sub/a.txt': '' });
    expect(run(['validate', 'sub'], dir).stderr).toBe(
      'error  [not_a_file] "sub" is a directory, not a file.\n',
    );
  });
});
