import { sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { eligibleSql } from "../contests/eligible-sql";
import { recipientBatches } from "./recipients";
import { sendBulk } from "~/server/email/send";

type ContestRow = {
  id: string;
  program_id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  eligible_tier_keys: string[];
  program_name: string;
};

const contestColumns = sql`c.id, c.program_id, c.name, c.starts_on::text, c.ends_on::text,
  c.eligible_tier_keys, p.name as program_name`;

/**
 * Emails every eligible partner of a contest launched in the last two days (the launch left
 * them a portal notice in its own transaction; the email follows within a minute). Keyed
 * "contest-started:<id>:<enrollmentId>": reruns send nothing twice.
 */
export async function emailStartedContests(db: Db, now = new Date(), batchSize?: number) {
  const since = new Date(now.getTime() - 2 * 86_400_000).toISOString();
  const started = await db.execute<ContestRow>(sql`
    select ${contestColumns}
    from contests c join programs p on p.id = c.program_id
    where c.launched_at >= ${since}::timestamptz and c.cancelled_at is null
      and c.frozen_at is null`);
  let sent = 0;
  for (const contest of started) {
    const keyPrefix = `contest-started:${contest.id}:`;
    const where = sql`e.program_id = ${contest.program_id} and ${eligibleSql(contest.eligible_tier_keys)}`;
    for await (const batch of recipientBatches(db, where, keyPrefix, batchSize)) {
      const results = await sendBulk(
        db,
        batch.map((recipient) => ({
          to: recipient.email,
          locale: recipient.locale,
          template: "contestStarted" as const,
          idempotencyKey: keyPrefix + recipient.enrollmentId,
          props: {
            programName: contest.program_name,
            contestName: contest.name,
            contestId: contest.id,
            startsOn: contest.starts_on,
            endsOn: contest.ends_on,
          },
        })),
      );
      sent += results.filter((result) => !result.duplicate).length;
    }
  }
  return sent;
}

/**
 * The daily reminder: running contests whose last (UTC) day is tomorrow, each eligible partner
 * once ("contest-ending:<id>:<enrollmentId>").
 */
export async function emailContestsEndingSoon(db: Db, today: string, batchSize?: number) {
  const ending = await db.execute<ContestRow>(sql`
    select ${contestColumns}
    from contests c join programs p on p.id = c.program_id
    where c.launched_at is not null and c.cancelled_at is null and c.frozen_at is null
      and c.ends_on = ${today}::date + 1 and c.starts_on <= ${today}::date + 1`);
  let sent = 0;
  for (const contest of ending) {
    const keyPrefix = `contest-ending:${contest.id}:`;
    const where = sql`e.program_id = ${contest.program_id} and ${eligibleSql(contest.eligible_tier_keys)}`;
    for await (const batch of recipientBatches(db, where, keyPrefix, batchSize)) {
      const results = await sendBulk(
        db,
        batch.map((recipient) => ({
          to: recipient.email,
          locale: recipient.locale,
          template: "contestEndingSoon" as const,
          idempotencyKey: keyPrefix + recipient.enrollmentId,
          props: {
            programName: contest.program_name,
            contestName: contest.name,
            contestId: contest.id,
            endsOn: contest.ends_on,
          },
        })),
      );
      sent += results.filter((result) => !result.duplicate).length;
    }
  }
  return sent;
}
