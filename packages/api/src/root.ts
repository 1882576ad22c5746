import { eventRouter } from './routers/event';
import { flowRouter } from './routers/flow';
import { leadRouter } from './routers/lead';
import { poolRouter } from './routers/pool';
import { repRouter } from './routers/rep';
import { sourceRouter } from './routers/source';
import { teamRouter } from './routers/team';
import { templateRouter } from './routers/template';
import { webhookRouter } from './routers/webhook';
import { router } from './trpc';

/** Every procedure the studio calls, one router per noun. */
export const appRouter = router({
  flow: flowRouter,
  template: templateRouter,
  team: teamRouter,
  rep: repRouter,
  source: sourceRouter,
  lead: leadRouter,
  pool: poolRouter,
  event: eventRouter,
  webhook: webhookRouter,
});

/** The type the studio imports (`import type`) to call the API with full types. */
export type AppRouter = typeof appRouter;
