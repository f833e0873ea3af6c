import { sql, type SQL } from "drizzle-orm";
import type { Db } from "~/server/db/client";

export type Recipient = { enrollmentId: string; email: string; locale: string };

const NIL = "00000000-0000-0000-0000-000000000000";

/**
 * Partners to email, a batch at a time in enrollment order. `where` is SQL over `enrollments e`
 * and `partner_email_preferences p` (left-joined: no row means the defaults). Partners already
 * holding a message with `keyPrefix` + their enrollment id are left out, so a run resumed after
 * a crash carries on where it stopped instead of starting again.
 */
export async function* recipientBatches(
  db: Db,
  where: SQL,
  keyPrefix: string,
  batchSize = 100,
): AsyncGenerator<Recipient[]> {
  let after = NIL;
  for (;;) {
    const rows = await db.execute<{ enrollment_id: string; email: string; locale: string }>(sql`
      select e.id as enrollment_id, u.email, u.locale
      from enrollments e
      join users u on u.id = e.partner_id
      left join partner_email_preferences p on p.enrollment_id = e.id
      where ${where} and e.id > ${after}::uuid
        and not exists (
          select 1 from emails m where m.idempotency_key = ${keyPrefix} || e.id::text)
      order by e.id
      limit ${batchSize}`);
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      enrollmentId: row.enrollment_id,
      email: row.email,
      locale: row.locale,
    }));
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.enrollment_id;
  }
}
