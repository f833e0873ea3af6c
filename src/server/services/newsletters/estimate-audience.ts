import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import type { NewsletterAudience } from "~/server/db/schema";
import { audienceRows } from "./audience-sql";

/**
 * How many messages a newsletter would send now: the audience without suppressed addresses
 * (those are listed as suppressed, never mailed). An estimate: people join and leave until
 * the send starts.
 */
export async function estimateAudience(
  db: Executor,
  programId: string,
  audience: NewsletterAudience,
): Promise<{ recipients: number; suppressed: number }> {
  const rows = await db.execute<{ total: number; suppressed: number }>(sql`
    select count(*)::int as total,
      count(*) filter (where exists (
        select 1 from email_suppressions x where x.email = a.email))::int as suppressed
    from (${audienceRows(programId, audience)}) a`);
  const row = rows[0];
  const total = Number(row?.total ?? 0);
  const suppressed = Number(row?.suppressed ?? 0);
  return { recipients: total - suppressed, suppressed };
}
