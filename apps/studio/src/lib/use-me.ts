import { useQuery } from '@tanstack/react-query';
import { type Outputs, useTRPC } from './trpc';

export type Me = Outputs['account']['me'];

/** The signed-in member, their organisation and role (`account.me`). */
export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.account.me.queryOptions(undefined, { staleTime: 60_000 }));
}
