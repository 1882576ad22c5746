// What the history page shows lives in its address (?version=, ?from=&to=), so a comparison can
// be shared as a link and the back button steps through what the manager looked at.

/** A side of a comparison: a version id, or the flow's current draft. */
export type DocumentRef = string;
export const draftRef: DocumentRef = 'draft';

/** A published version as `flow.versions` lists it (newest first). */
export type VersionRow = { id: string; version: number; live: boolean };

export type HistoryView =
  | { tab: 'version'; versionId: string | null }
  | { tab: 'compare'; from: DocumentRef | null; to: DocumentRef | null };

/** What the page shows, from its search parameters and the versions (newest first). */
export function historyView(params: URLSearchParams, versions: readonly VersionRow[]): HistoryView {
  const known = (ref: string | null) =>
    ref === draftRef || versions.some((v) => v.id === ref) ? ref : null;
  if (params.get('tab') === 'compare') {
    const fallback = defaultComparison(versions);
    return {
      tab: 'compare',
      from: known(params.get('from')) ?? fallback.from,
      to: known(params.get('to')) ?? fallback.to,
    };
  }
  const chosen = known(params.get('version'));
  const live = versions.find((v) => v.live) ?? versions[0];
  return { tab: 'version', versionId: chosen && chosen !== draftRef ? chosen : (live?.id ?? null) };
}

/** The comparison a version's "Compare" button opens: with the one before it, else the draft. */
export function comparisonFor(
  versions: readonly VersionRow[],
  versionId: string,
): { from: DocumentRef; to: DocumentRef } {
  const index = versions.findIndex((v) => v.id === versionId);
  const previous = index >= 0 ? versions[index + 1] : undefined;
  return previous ? { from: previous.id, to: versionId } : { from: versionId, to: draftRef };
}

/** What "Compare" shows first: the two newest versions, or the only one against the draft. */
export function defaultComparison(versions: readonly VersionRow[]): {
  from: DocumentRef | null;
  to: DocumentRef | null;
} {
  const [newest, previous] = versions;
  if (!newest) return { from: null, to: draftRef };
  return previous ? { from: previous.id, to: newest.id } : { from: newest.id, to: draftRef };
}

/** The choices of each side of a comparison: the draft first, then versions newest first. */
export function comparisonChoices(versions: readonly VersionRow[]) {
  return [
    { value: draftRef, label: 'Current draft' },
    ...versions.map((v) => ({
      value: v.id,
      label: `Version ${v.version}${v.live ? ' (live)' : ''}`,
    })),
  ];
}

/** "Version 3", or "the current draft", for headings and labels. */
export function refName(versions: readonly VersionRow[], ref: DocumentRef | null): string {
  if (ref === draftRef) return 'the current draft';
  const found = versions.find((v) => v.id === ref);
  return found ? `version ${found.version}` : 'a version';
}
