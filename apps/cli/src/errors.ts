import type { Failure } from '@switchyard/logic';

/** Every way the CLI itself can fail; flow problems keep the flow package's issue codes. */
export type CliErrorCode =
  | 'usage'
  | 'file_not_found'
  | 'not_a_file'
  | 'not_a_directory'
  | 'unreadable_file'
  | 'invalid_json'
  | 'invalid_csv'
  | 'invalid_leads'
  | 'no_templates'
  | 'internal';

export type CliFailure = Failure<CliErrorCode>;

/**
 * 2: the CLI could not do its job (bad arguments, a file it cannot read);
 * 1: it did its job and found problems (invalid content, a failed expectation).
 */
export const exitCodes = {
  usage: 2,
  file_not_found: 2,
  not_a_file: 2,
  not_a_directory: 2,
  unreadable_file: 2,
  invalid_json: 1,
  invalid_csv: 1,
  invalid_leads: 1,
  no_templates: 1,
  internal: 1,
} as const satisfies Record<CliErrorCode, 1 | 2>;

export function cliFailure(code: CliErrorCode, message: string): CliFailure {
  return { code, message };
}
