import { eq, inArray } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { contests, enrollments, programs, users } from "~/server/db/schema";
import { sendEmail } from "~/server/email/send";
import type { FrozenWinner } from "./freeze-contest";

/**
 * Emails each prize winner, after the freeze committed: a mail provider's refusal must not
 * undo the results. A crash between the commit and this call loses the emails, never the
 * results, notices or points (those are in the freeze's transaction).
 */
export async function emailWinners(db: Db, winners: readonly FrozenWinner[]): Promise<number> {
  if (winners.length === 0) return 0;
  const rows = await db
    .select({
      enrollmentId: enrollments.id,
      email: users.email,
      locale: users.locale,
      programName: programs.name,
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(inArray(enrollments.id, [...new Set(winners.map((w) => w.enrollmentId))]));
  const contestRows = await db
    .select({ id: contests.id, name: contests.name })
    .from(contests)
    .where(inArray(contests.id, [...new Set(winners.map((w) => w.contestId))]));
  const partner = new Map(rows.map((r) => [r.enrollmentId, r]));
  const contestName = new Map(contestRows.map((c) => [c.id, c.name]));
  let sent = 0;
  for (const winner of winners) {
    const to = partner.get(winner.enrollmentId);
    if (!to) continue;
    await sendEmail(db, {
      to: to.email,
      locale: to.locale,
      template: "contestResults",
      props: {
        programName: to.programName,
        contestName: contestName.get(winner.contestId) ?? "",
        contestId: winner.contestId,
        rank: winner.rank,
        prizeLabel: winner.label,
      },
    });
    sent++;
  }
  return sent;
}
