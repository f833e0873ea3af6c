import type PgBoss from "pg-boss";
import type { Db } from "~/server/db/client";
import { claimDueDeliveries } from "~/server/services/webhooks/dispatch";
import { queues } from "./queues";

export const DISPATCH_INTERVAL_MS = 1_000;

/**
 * Moves due webhook deliveries from the outbox to the delivery queue, every second (pg-boss
 * cron cannot go below a minute). The outbox row is the truth; the job only says "send this
 * now". The singleton key keeps one job per delivery queued at a time, and a job that never
 * runs is made up for when the claim's lease ends (dispatch.ts). One poll at a time.
 */
export function startWebhookDispatcher(
  db: Db,
  boss: PgBoss,
  log: (line: string) => void,
  intervalMs = DISPATCH_INTERVAL_MS,
) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const poll = async () => {
    // A full page means more are due: keep going without waiting for the next tick.
    for (let page = 0; page < 10 && !stopped; page++) {
      const ids = await claimDueDeliveries(db, { limit: 100 });
      if (ids.length === 0) return;
      await boss.insert(
        ids.map((deliveryId) => ({
          name: queues.deliverWebhook,
          data: { deliveryId },
          singletonKey: deliveryId,
        })),
      );
      if (ids.length < 100) return;
    }
  };

  const tick = () => {
    running = poll()
      .catch((error: unknown) => log(`webhooks: dispatch failed: ${String(error)}`))
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
