import { sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { eligibleSql } from "../contests/eligible-sql";
import { recipientBatches } from "./recipients";
import { sendBulk, type BulkEmail } from "~/server/email/send";

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
  return emailEligiblePartners(db, started, "contest-started", batchSize, (contest, to) => ({
    ...to,
    template: "contestStarted",
    props: {
      programName: contest.program_name,
      contestName: contest.name,
      contestId: contest.id,
      startsOn: contest.starts_on,
      endsOn: contest.ends_on,
    },
  }));
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
  return emailEligiblePartners(db, ending, "contest-ending", batchSize, (contest, to) => ({
    ...to,
    template: "contestEndingSoon",
    props: {
      programName: contest.program_name,
      contestName: contest.name,
      contestId: contest.id,
      endsOn: contest.ends_on,
    },
  }));
}

/**
 * Emails each contest's eligible partners in batches, each message keyed
 * "<kind>:<contest id>:<enrollment id>" so that reruns send nothing twice. `message` gets
 * the addressing (recipient, language, key) to spread into the message. Counts what went out.
 */
async function emailEligiblePartners(
  db: Db,
  contests: Iterable<ContestRow>,
  kind: "contest-started" | "contest-ending",
  batchSize: number | undefined,
  message: (
    contest: ContestRow,
    to: { to: string; locale: string; idempotencyKey: string },
  ) => BulkEmail,
): Promise<number> {
  let sent = 0;
  for (const contest of contests) {
    const keyPrefix = `${kind}:${contest.id}:`;
    const where = sql`e.program_id = ${contest.program_id} and ${eligibleSql(contest.eligible_tier_keys)}`;
    for await (const batch of recipientBatches(db, where, keyPrefix, batchSize)) {
      const results = await sendBulk(
        db,
        batch.map((recipient) =>
          message(contest, {
            to: recipient.email,
            locale: recipient.locale,
            idempotencyKey: keyPrefix + recipient.enrollmentId,
          }),
        ),
      );
      sent += results.filter((result) => !result.duplicate).length;
    }
  }
  return sent;
}
