import { useMe } from './use-me';

// The roles access.ts gives team.*, rep.* and source.* changes to; others get read-only pages.
const managingRoles: readonly string[] = ['owner', 'manager'];

/** True when the signed-in member may change teams, reps and sources (owner or manager). */
export function useCanManage(): boolean {
  const me = useMe();
  return managingRoles.includes(me.data?.role ?? '');
}
