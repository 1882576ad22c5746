import type { Flow } from '@switchyard/flow';
import type { Result } from '@switchyard/logic';
import { parseCsvLeads } from './csv-leads';
import { type CliFailure, cliFailure } from './errors';
import { parseJsonText, readTextFile } from './files';
import type { CliIo } from './io';
import { type LeadEntry, toLeadEntries } from './samples';

/** Leads from a `.csv` or `.json` file, ready to run through `flow`. */
export function readLeadsFile(
  io: CliIo,
  path: string,
  flow: Pick<Flow, 'fields'>,
): Result<LeadEntry[], CliFailure> {
  const extension = path.toLowerCase().match(/\.(csv|json)$/)?.[1];
  if (!extension) {
    return {
      ok: false,
      error: cliFailure('usage', `"${path}": leads come as a .csv or a .json file.`),
    };
  }
  const text = readTextFile(io, path);
  if (!text.ok) return text;
  if (extension === 'csv') return parseCsvLeads(text.value, path, flow);
  const json = parseJsonText(text.value, path);
  return json.ok ? toLeadEntries(json.value, path) : json;
}
