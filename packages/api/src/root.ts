import { accountRouter } from './routers/account';
import { apiKeyRouter } from './routers/api-key';
import { auditRouter } from './routers/audit';
import { eventRouter } from './routers/event';
import { experimentRouter } from './routers/experiment';
import { flowRouter } from './routers/flow';
import { leadRouter } from './routers/lead';
import { memberRouter } from './routers/member';
import { poolRouter } from './routers/pool';
import { privacyRouter } from './routers/privacy';
import { repRouter } from './routers/rep';
import { reportRouter } from './routers/report';
import { sourceRouter } from './routers/source';
import { teamRouter } from './routers/team';
import { templateRouter } from './routers/template';
import { webhookRouter } from './routers/webhook';
import { router } from './trpc';

/** Every procedure the studio calls, one router per noun. */
export const appRouter = router({
  account: accountRouter,
  flow: flowRouter,
  experiment: experimentRouter,
  template: templateRouter,
  team: teamRouter,
  rep: repRouter,
  source: sourceRouter,
  lead: leadRouter,
  report: reportRouter,
  pool: poolRouter,
  event: eventRouter,
  webhook: webhookRouter,
  member: memberRouter,
  apiKey: apiKeyRouter,
  audit: auditRouter,
  privacy: privacyRouter,
});

/** The type the studio imports (`import type`) to call the API with full types. */
export type AppRouter = typeof appRouter;
