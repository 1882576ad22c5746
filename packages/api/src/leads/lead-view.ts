import type { LeadRow } from '@switchyard/db';
import { iso, isoOrNull } from '../time';

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** A lead as one line of the list: who, from which company, where it went. */
export function leadSummary(row: LeadRow, ownerName: string | null) {
  const fields = row.fields;
  const name = [text(fields.firstName), text(fields.lastName)].filter(Boolean).join(' ');
  return {
    id: row.id,
    receivedAt: iso(row.receivedAt),
    status: row.status,
    email: row.email,
    name: name === '' ? null : name,
    company: text(fields.company),
    score: row.score,
    grade: row.grade,
    flowId: row.flowId,
    flowVersionId: row.flowVersionId,
    sourceId: row.sourceId,
    terminalNodeId: row.terminalNodeId,
    terminalKind: row.terminalKind,
    ownerRepId: row.ownerRepId,
    ownerName,
    poolNodeId: row.poolNodeId,
  };
}

/** A lead in full, for its page: input, enriched fields, trace and distribution included. */
export function leadDetail(row: LeadRow) {
  const { orgId: _org, ...rest } = row;
  return {
    ...rest,
    receivedAt: iso(row.receivedAt),
    assignedAt: isoOrNull(row.assignedAt),
    acceptedAt: isoOrNull(row.acceptedAt),
    firstTouchAt: isoOrNull(row.firstTouchAt),
    closedAt: isoOrNull(row.closedAt),
  };
}
