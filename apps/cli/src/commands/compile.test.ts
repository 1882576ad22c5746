import { describe, expect, it } from 'vitest';
import { cyclicFlow, fixture, run, tempDir } from '../../test/cli-harness';

describe('switchyard compile', () => {
  it('prints the JSON Logic of a valid flow', () => {
    const dir = tempDir({ 'flow.json': fixture('qualify.flow.json') });
    const { code, stdout, stderr } = run(['compile', 'flow.json'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({
      if: [{ '>=': [{ var: 'employees' }, 50] }, ['sales', 0, null], ['drop', 0, null]],
    });
    expect(stdout).toContain('\n  '); // pretty-printed
  });

  it('prints logic, terminals, fields read and hash with --full', () => {
    const dir = tempDir({ 'flow.json': fixture('qualify.flow.json') });
    const full = JSON.parse(run(['compile', '--full', 'flow.json'], dir).stdout);
    expect(Object.keys(full).sort()).toEqual(['fieldsRead', 'hash', 'logic', 'terminals']);
    expect(full.fieldsRead).toEqual(['employees']);
    expect(full.terminals).toContainEqual({ id: 'sales', kind: 'assign', label: 'Sales reps' });
    expect(full.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an invalid flow: issues on stderr, nothing on stdout, exit 1', () => {
    const dir = tempDir({ 'flow.json': cyclicFlow() });
    const { code, stdout, stderr } = run(['compile', 'flow.json'], dir);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain('[cycle]');
  });

  it('exits 2 on a missing file', () => {
    const { code, stderr } = run(['compile', 'missing.flow.json'], tempDir());
    expect(code).toBe(2);
    expect(stderr).toContain('[file_not_found]');
  });
});
