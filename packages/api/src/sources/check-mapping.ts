import { and, eq, flows, type Queryable } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { leadFields } from '@switchyard/flow';
import { fail } from '../errors';
import { reservedKeys } from '../reserved-keys';

/** Targets besides the lead-field catalogue, as the runtime's ingest reads them. */
const extraTargets = ['utm.term', 'utm.content', 'message', 'website'];
const catalogue: ReadonlySet<string> = new Set([...leadFields.map((f) => f.key), ...extraTargets]);

// A source path is a field name, a dotted path or a `$…` JSONPath; none may walk the prototype.
const reservedInPath = /(^|[.[\]'"])(__proto__|constructor|prototype)([.[\]'"]|$)/;

/** One problem of a field mapping, pointing at its target. */
export type MappingIssue = { path: string[]; message: string };

/** The problems of a mapping of lead field → source path, given the flow's custom field keys. */
export function mappingIssues(
  mapping: Record<string, string>,
  customKeys: readonly string[],
): MappingIssue[] {
  const custom = new Set(customKeys);
  return Object.entries(mapping).flatMap(([target, source]): MappingIssue[] => {
    const path = ['mapping', target];
    if (reservedKeys.has(target) || (!catalogue.has(target) && !custom.has(target))) {
      const hint = target.startsWith('custom.')
        ? " Declare it under the flow's custom fields first."
        : ' Map to a lead field such as "email" or a declared "custom.*" field.';
      return [{ path, message: `"${target}" is not a lead field.${hint}` }];
    }
    if (source.trim() === '') return [{ path, message: `Say where to read "${target}" from.` }];
    if (reservedInPath.test(source)) {
      return [{ path, message: `"${source}" reads a reserved name.` }];
    }
    return [];
  });
}

/** The `custom.*` keys a flow's draft declares under `fields`. */
export async function customFieldKeys(
  db: Queryable,
  orgId: string,
  flowId: string | null,
): Promise<string[]> {
  if (flowId === null) return [];
  const [flow] = await db
    .select({ draft: flows.draft })
    .from(flows)
    .where(and(eq(flows.id, flowId), eq(flows.orgId, orgId)));
  const fields = (flow?.draft as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((field: { key?: unknown }) =>
    typeof field?.key === 'string' && field.key.startsWith('custom.') ? [field.key] : [],
  );
}

/** Refuses a mapping with any problem, listing them all (`invalid_input` with issues). */
export async function assertMapping(
  db: Queryable,
  orgId: string,
  flowId: string | null,
  mapping: Record<string, string>,
): Promise<void> {
  const issues = mappingIssues(mapping, await customFieldKeys(db, orgId, flowId));
  if (issues.length === 0) return;
  const first = issues[0]?.message ?? '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem(s))` : '';
  fail(failure('invalid_input', `${first}${more}`, { issues }));
}
