import type { flowVersions } from '@switchyard/db';
import { readVars } from '@switchyard/logic';
import { iso } from '../time';

type VersionRow = typeof flowVersions.$inferSelect;

/**
 * A published version as anyone may read it (issue 21): its document, the standard JSON Logic
 * that runs, that logic's SHA-256 (`hash`, of its canonical JSON) and the lead fields it reads,
 * so a decision can be re-evaluated with any JSON Logic library on the lead's stored fields.
 * `fieldsRead` is read from the logic itself, not from a recompilation of the document.
 */
export function publishedVersionView(row: VersionRow, flow: { liveVersionId: string | null }) {
  return {
    id: row.id,
    flowId: row.flowId,
    version: row.version,
    note: row.note,
    publishedAt: iso(row.publishedAt),
    live: row.id === flow.liveVersionId,
    document: row.document as Record<string, unknown>,
    teamMap: row.teamMap,
    logic: row.logic,
    hash: row.hash,
    fieldsRead: [...new Set(readVars(row.logic).paths)].sort(),
  };
}
