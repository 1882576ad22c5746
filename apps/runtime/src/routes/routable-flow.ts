import { loadLiveFlow, type PublishedFlow, type sources } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import type { AppDeps } from '../deps';
import { fail } from '../http/errors';

/** The live flow a source feeds, or a 503 so the sender retries once a flow is published. */
export async function loadRoutableFlow(
  deps: AppDeps,
  source: typeof sources.$inferSelect,
): Promise<PublishedFlow> {
  const flow = source.flowId ? await loadLiveFlow(deps.database.db, source.flowId) : null;
  if (!flow) {
    fail(
      failure(
        'no_published_flow',
        `The source "${source.name}" feeds no published flow yet; the lead was not stored, retry later.`,
      ),
    );
  }
  return flow;
}
