import { leaseDueMessages, leaseDueTimers, runTimer } from '@switchyard/db';
import type { AppDeps } from '../deps';
import { deliverMessage } from './deliver-message';

export type Workers = {
  /** One pass over due timers and outbox messages; tests call it with their own clock. */
  tick(): Promise<{ timers: string[]; messages: string[] }>;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
};

/** SLA timers and the outbox, leased in the database so several processes can share the work. */
export function createWorkers(deps: AppDeps, owner: string): Workers {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  const newId = (prefix: string) => deps.ids.id(prefix);

  async function tick() {
    const now = deps.clock();
    const dueTimers = await deps.database.write((tx) =>
      leaseDueTimers(tx, { owner, now, limit: 50 }),
    );
    const timerOutcomes = await Promise.all(
      dueTimers.map((t) =>
        deps.database.write((tx) => runTimer(tx, t, { owner, now: deps.clock(), newId })),
      ),
    );
    const messages = await deps.database.write((tx) =>
      leaseDueMessages(tx, { owner, now, limit: 20 }),
    );
    const messageOutcomes = await Promise.all(messages.map((m) => deliverMessage(deps, m)));
    return { timers: timerOutcomes, messages: messageOutcomes };
  }

  return {
    tick,
    start(intervalMs = 1000) {
      timer = setInterval(() => {
        if (running) return;
        running = tick()
          .catch((error: unknown) => deps.logger.error({ err: error }, 'worker tick failed'))
          .finally(() => {
            running = null;
          });
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
