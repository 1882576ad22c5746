import type { Result } from '@switchyard/logic';
import { type CliFailure, cliFailure } from './errors';
import type { CliIo } from './io';
import { describeJsonError } from './json-error';

/** A file's text, or a one-line failure a person can act on. */
export function readTextFile(io: CliIo, path: string): Result<string, CliFailure> {
  try {
    // A UTF-8 byte order mark is not part of the content (Excel writes one before CSV).
    return { ok: true, value: io.readFile(path).replace(/^\uFEFF/, '') };
  } catch (cause) {
    const code = (cause as { code?: unknown } | null)?.code;
    if (code === 'ENOENT') return fail('file_not_found', `Cannot find the file "${path}".`);
    if (code === 'EISDIR') return fail('not_a_file', `"${path}" is a directory, not a file.`);
    if (code === 'EACCES' || code === 'EPERM') {
      return fail('unreadable_file', `No permission to read "${path}".`);
    }
    const detail = cause instanceof Error ? cause.message : String(cause);
    return fail('unreadable_file', `Cannot read "${path}": ${detail}`);
  }
}

/** Parse JSON text; a syntax error names the line and column. */
export function parseJsonText(text: string, path: string): Result<unknown, CliFailure> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (cause) {
    if (!(cause instanceof SyntaxError)) throw cause;
    return fail('invalid_json', `"${path}" is not valid JSON: ${describeJsonError(text, cause)}`);
  }
}

/** Read and parse a JSON file. */
export function readJsonFile(io: CliIo, path: string): Result<unknown, CliFailure> {
  const text = readTextFile(io, path);
  return text.ok ? parseJsonText(text.value, path) : text;
}

/** The entry names of a directory, or a one-line failure. */
export function listDirectory(io: CliIo, path: string): Result<string[], CliFailure> {
  try {
    return { ok: true, value: io.listDir(path) };
  } catch (cause) {
    const code = (cause as { code?: unknown } | null)?.code;
    if (code === 'ENOENT') return fail('file_not_found', `Cannot find the directory "${path}".`);
    if (code === 'ENOTDIR') return fail('not_a_directory', `"${path}" is a file, not a directory.`);
    const detail = cause instanceof Error ? cause.message : String(cause);
    return fail('unreadable_file', `Cannot read the directory "${path}": ${detail}`);
  }
}

function fail(code: CliFailure['code'], message: string): { ok: false; error: CliFailure } {
  return { ok: false, error: cliFailure(code, message) };
}
