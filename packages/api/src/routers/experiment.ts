import { and, desc, eq, experiments, flows } from '@switchyard/db';
import { armKey, checkArmWeights, failure, maxArms } from '@switchyard/engine';
import { z } from 'zod';
import { auditActor } from '../access';
import { audit } from '../audit';
import { fail } from '../errors';
import { experimentView, experimentViews, findExperiment } from '../experiments/experiment-view';
import { assertPublishable } from '../flows/org-issues';
import { findFlow, findVersion } from '../owned';
import { idSchema } from '../time';
import { orgProcedure, router } from '../trpc';

const armsSchema = z
  .array(z.object({ versionId: idSchema, weight: z.number() }))
  .min(1)
  .max(maxArms + 1);

/**
 * A/B experiments: published versions of one flow side by side, each lead routed by the arm its
 * bucket falls in. Arms are fixed once started; stop returns the flow to its live version;
 * promote makes an arm's version the live one.
 */
export const experimentRouter = router({
  /** Starts an experiment of two or more published versions of the flow, weights summing to 100. */
  start: orgProcedure
    .input(
      z.object({
        flowId: idSchema,
        name: z.string().trim().max(200).optional(),
        arms: armsSchema,
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const flow = await findFlow(tx, ctx.orgId, input.flowId);
        const weights = checkArmWeights(input.arms);
        if (weights) fail(weights);
        if (new Set(input.arms.map((arm) => arm.versionId)).size !== input.arms.length) {
          fail(failure('invalid_input', 'Choose a different version for every arm.'));
        }
        const versions = [];
        for (const arm of input.arms) {
          const version = await findVersion(tx, ctx.orgId, flow.id, arm.versionId);
          // Teams or reps deleted since publishing would strand the arm's leads.
          await assertPublishable(tx, ctx.orgId, version.document, version.teamMap);
          versions.push(version);
        }
        const [running] = await tx
          .select({ name: experiments.name })
          .from(experiments)
          .where(and(eq(experiments.flowId, flow.id), eq(experiments.status, 'running')));
        if (running) {
          fail(
            failure(
              'experiment_running',
              `"${flow.name}" is already running the experiment "${running.name}"; stop it first.`,
            ),
          );
        }
        const arms = input.arms.map((arm, index) => ({ key: armKey(index), ...arm }));
        const name =
          input.name || versions.map((version) => `Version ${version.version}`).join(' vs ');
        const actor = auditActor(ctx.principal);
        const row = {
          id: ctx.ids.id('exp'),
          orgId: ctx.orgId,
          flowId: flow.id,
          name,
          arms,
          status: 'running' as const,
          startedAt: ctx.clock(),
          createdBy: actor.label ?? actor.id ?? actor.type,
        };
        await tx.insert(experiments).values(row);
        await audit(tx, ctx, {
          action: 'experiment.started',
          target: { type: 'experiment', id: row.id },
          after: { flowId: flow.id, name, arms },
        });
        return experimentView(tx, { ...row, stoppedAt: null, promotedVersionId: null });
      }),
    ),

  /** Stops a running experiment: the flow's live version routes every lead again. */
  stop: orgProcedure.input(z.object({ id: idSchema })).mutation(({ ctx, input }) =>
    ctx.database.write(async (tx) => {
      const experiment = await findExperiment(tx, ctx.orgId, input.id);
      if (experiment.status !== 'running') {
        fail(
          failure(
            'invalid_transition',
            `The experiment "${experiment.name}" is already ${experiment.status}.`,
          ),
        );
      }
      const stoppedAt = ctx.clock();
      await tx
        .update(experiments)
        .set({ status: 'stopped', stoppedAt })
        .where(eq(experiments.id, experiment.id));
      await audit(tx, ctx, {
        action: 'experiment.stopped',
        target: { type: 'experiment', id: experiment.id },
        before: { status: experiment.status },
        after: { status: 'stopped' },
      });
      return experimentView(tx, { ...experiment, status: 'stopped', stoppedAt });
    }),
  ),

  /**
   * Makes an arm's version the flow's live version, stopping the experiment if it runs. Points
   * `liveVersionId` at the existing version instead of publishing a copy (as `flow.rollback`
   * does): the winner is already a published, immutable version whose leads the experiment
   * measured, so its results and its later traffic stay under one version id.
   */
  promote: orgProcedure
    .input(z.object({ id: idSchema, versionId: idSchema }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const experiment = await findExperiment(tx, ctx.orgId, input.id);
        if (!experiment.arms.some((arm) => arm.versionId === input.versionId)) {
          fail(
            failure(
              'invalid_input',
              `Version "${input.versionId}" is not one of the experiment's arms.`,
            ),
          );
        }
        if (experiment.status === 'promoted') {
          fail(failure('invalid_transition', `"${experiment.name}" was already promoted.`));
        }
        const flow = await findFlow(tx, ctx.orgId, experiment.flowId);
        const winner = await findVersion(tx, ctx.orgId, flow.id, input.versionId);
        await assertPublishable(tx, ctx.orgId, winner.document, winner.teamMap);
        const now = ctx.clock();
        const stoppedAt = experiment.stoppedAt ?? now;
        await tx
          .update(experiments)
          .set({ status: 'promoted', stoppedAt, promotedVersionId: winner.id })
          .where(eq(experiments.id, experiment.id));
        await tx
          .update(flows)
          .set({ liveVersionId: winner.id, updatedAt: now })
          .where(eq(flows.id, flow.id));
        await audit(tx, ctx, {
          action: 'experiment.promoted',
          target: { type: 'experiment', id: experiment.id },
          before: { status: experiment.status, liveVersionId: flow.liveVersionId },
          after: { status: 'promoted', liveVersionId: winner.id, version: winner.version },
        });
        const promoted = { ...experiment, status: 'promoted' as const, stoppedAt };
        return experimentView(tx, { ...promoted, promotedVersionId: winner.id });
      }),
    ),

  /** The flow's experiments, newest first, with each arm's lead counts. */
  list: orgProcedure.input(z.object({ flowId: idSchema })).query(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const flow = await findFlow(db, ctx.orgId, input.flowId);
    const rows = await db
      .select()
      .from(experiments)
      .where(and(eq(experiments.flowId, flow.id), eq(experiments.orgId, ctx.orgId)))
      .orderBy(desc(experiments.startedAt), desc(experiments.id));
    return experimentViews(db, rows);
  }),

  /** One experiment with each arm's version and lead counts. */
  byId: orgProcedure.input(z.object({ id: idSchema })).query(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const experiment = await findExperiment(db, ctx.orgId, input.id);
    return experimentView(db, experiment);
  }),
});
