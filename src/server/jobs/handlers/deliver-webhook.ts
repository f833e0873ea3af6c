import type { Job } from "pg-boss";
import type { Db } from "~/server/db/client";
import { deliverWebhook, type DeliverOptions } from "~/server/services/webhooks/deliver";
import type { DeliverWebhookData } from "../queues";

/**
 * Sends a batch of deliveries at once (each its own POST; a slow receiver does not hold up
 * the rest of the batch beyond the 10 s timeout). HTTP failures are recorded on the delivery,
 * not thrown: the backoff lives in the delivery row. Only a database error fails the job,
 * and then the deliveries still pending are simply sent again.
 */
export function deliverWebhookHandler(
  db: Db,
  log: (line: string) => void,
  options: DeliverOptions = {},
) {
  return async (jobs: Job<DeliverWebhookData>[]) => {
    const results = await Promise.allSettled(
      jobs.map((job) => deliverWebhook(db, job.data.deliveryId, options)),
    );
    const failed = results.filter((result) => result.status === "rejected");
    const retrying = results.filter(
      (result) =>
        result.status === "fulfilled" && (result.value === "retrying" || result.value === "failed"),
    ).length;
    if (retrying > 0) log(`webhooks: ${retrying} of ${jobs.length} deliveries not delivered`);
    if (failed.length > 0) throw (failed[0] as PromiseRejectedResult).reason;
  };
}
