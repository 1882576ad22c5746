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
const timersPerPass = 50;
const messagesPerPass = 50;

export function createWorkers(deps: AppDeps, owner: string): Workers {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  const newId = (prefix: string) => deps.ids.id(prefix);

  async function tick() {
    const now = deps.clock();
    const dueTimers = await deps.database.write((tx) =>
      leaseDueTimers(tx, { owner, now, limit: timersPerPass }),
    );
    const timerOutcomes = await Promise.all(
      dueTimers.map((t) =>
        deps.database.write((tx) => runTimer(tx, t, { owner, now: deps.clock(), newId })),
      ),
    );
    const messages = await deps.database.write((tx) =>
      leaseDueMessages(tx, { owner, now, limit: messagesPerPass }),
    );
    const messageOutcomes = await Promise.all(messages.map((m) => deliverMessage(deps, m)));
    return { timers: timerOutcomes, messages: messageOutcomes };
  }

  // Passes until nothing full is left or the interval is used up: at 1,000 leads a second one
  // pass a second would never catch up with the outbox.
  async function drain(budgetMs: number) {
    const started = performance.now();
    for (;;) {
      const pass = await tick();
      const more = pass.timers.length >= timersPerPass || pass.messages.length >= messagesPerPass;
      if (!more || performance.now() - started >= budgetMs) return;
    }
  }

  return {
    tick,
    start(intervalMs = 1000) {
      timer = setInterval(() => {
        if (running) return;
        running = drain(intervalMs)
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
