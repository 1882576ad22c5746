import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { fixture, run, tempDir } from '../test/cli-harness';

describe('runCli', () => {
  it('prints the overview with --help', () => {
    const { code, stdout } = run(['--help'], tempDir());
    expect(code).toBe(0);
    for (const command of [
      'validate FILE',
      'compile FILE',
      'simulate FILE LEADS',
      'templates [DIR]',
    ]) {
      expect(stdout).toContain(command);
    }
  });

  it('prints one command’s help with help COMMAND and with COMMAND --help', () => {
    const dir = tempDir();
    const viaHelp = run(['help', 'simulate'], dir);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toMatch(/^Usage: switchyard simulate FILE LEADS \[options\]\n/);
    expect(viaHelp.stdout).toContain('--trace');
    expect(run(['simulate', '--help'], dir).stdout).toBe(viaHelp.stdout);
  });

  it('prints the version', () => {
    expect(run(['--version'], tempDir())).toEqual({
      code: 0,
      stdout: `${packageJson.version}\n`,
      stderr: '',
    });
  });

  it('exits 2 without a command, printing the overview on stderr', () => {
    const { code, stderr } = run([], tempDir());
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: switchyard COMMAND');
  });

  it('exits 2 on an unknown command, option or argument count', () => {
    const dir = tempDir({ 'flow.json': fixture('qualify.flow.json') });
    expect(run(['route', 'flow.json'], dir)).toMatchObject({
      code: 2,
      stderr: 'error  [usage] Unknown command "route". See "switchyard --help".\n',
    });
    expect(run(['help', 'route'], dir).code).toBe(2);
    expect(run(['validate', '--fast', 'flow.json'], dir)).toMatchObject({
      code: 2,
      stderr: 'error  [usage] Unknown option \'--fast\'. See "switchyard help validate".\n',
    });
    expect(run(['validate'], dir)).toMatchObject({
      code: 2,
      stderr: 'error  [usage] Expected switchyard validate FILE. See "switchyard help validate".\n',
    });
    expect(run(['simulate', 'flow.json'], dir).code).toBe(2);
    expect(run(['validate', 'a', 'b'], dir).code).toBe(2);
  });

  it('turns a bug into one line on stderr, never a stack trace', () => {
    const dir = tempDir({ 'flow.json': fixture('qualify.flow.json') });
    const result = run(['validate', 'flow.json'], dir, {
      stdout: () => {
        throw new Error('stdout closed');
      },
    });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error  [internal] stdout closed (this is a bug in switchyard; please report it)\n',
    });
  });
});
