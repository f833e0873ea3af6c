import { sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";

/** How long a claimed delivery is left to its job before the dispatcher claims it again. */
export const CLAIM_LEASE_MS = 120_000;

/**
 * Claims pending deliveries that are due, for the worker to send to the delivery queue. The
 * claim moves next_attempt_at a lease ahead, so the next poll does not claim them again while
 * their job runs; if the job is lost (the worker died between this commit and the job's),
 * the lease runs out and they are claimed again. SKIP LOCKED lets several workers poll at once
 * without waiting for each other. Deliveries of disabled endpoints wait.
 */
export async function claimDueDeliveries(
  db: Db,
  options: { limit?: number; leaseMs?: number; now?: Date } = {},
): Promise<string[]> {
  const now = options.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? CLAIM_LEASE_MS));
  const rows = await db.execute<{ id: string }>(sql`
    update webhook_deliveries d set next_attempt_at = ${leaseUntil.toISOString()}::timestamptz
    from (
      select w.id from webhook_deliveries w
      join webhook_endpoints e on e.id = w.endpoint_id
      where w.status = 'pending' and w.next_attempt_at <= ${now.toISOString()}::timestamptz
        and e.disabled_at is null
      order by w.next_attempt_at
      limit ${options.limit ?? 100}
      for update of w skip locked
    ) due
    where d.id = due.id
    returning d.id`);
  return rows.map((row) => row.id);
}
