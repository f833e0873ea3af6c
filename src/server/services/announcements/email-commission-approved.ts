import { eq, inArray } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { enrollments, programs, users } from "~/server/db/schema";
import type { ApprovedSummary } from "../ledger/approve-due";
import { sendKeyed } from "./send-keyed";

const CHUNK = 500;

/**
 * After an approval run commits: one email per partner summarising what was approved in each
 * of their programs, never one per entry. The key names the run's smallest approved entry of
 * that partner, so replaying the handler for the same run sends nothing twice.
 */
export async function emailCommissionApprovals(db: Db, summaries: readonly ApprovedSummary[]) {
  const byEnrollment = new Map(summaries.map((s) => [s.enrollmentId, s]));
  const people = new Map<
    string,
    {
      email: string;
      locale: string;
      firstEntryId: string;
      lines: { programName: string; amountMinor: string; currency: string; entries: number }[];
    }
  >();
  const ids = [...byEnrollment.keys()];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select({
        enrollmentId: enrollments.id,
        userId: users.id,
        email: users.email,
        locale: users.locale,
        programName: programs.name,
        currency: programs.currency,
      })
      .from(enrollments)
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .where(inArray(enrollments.id, ids.slice(i, i + CHUNK)));
    for (const row of rows) {
      const summary = byEnrollment.get(row.enrollmentId)!;
      if (summary.amount <= 0n) continue;
      const person = people.get(row.userId) ?? {
        email: row.email,
        locale: row.locale,
        firstEntryId: summary.firstEntryId,
        lines: [],
      };
      if (summary.firstEntryId < person.firstEntryId) person.firstEntryId = summary.firstEntryId;
      person.lines.push({
        programName: row.programName,
        amountMinor: summary.amount.toString(),
        currency: row.currency,
        entries: summary.entries,
      });
      people.set(row.userId, person);
    }
  }
  let sent = 0;
  for (const person of people.values()) {
    person.lines.sort((a, b) => a.programName.localeCompare(b.programName));
    const result = await sendKeyed(db, {
      to: person.email,
      locale: person.locale,
      template: "commissionApproved",
      category: "transactional",
      idempotencyKey: `commission-approved:${person.firstEntryId}`,
      props: { lines: person.lines },
    });
    if (result.sent) sent += 1;
  }
  return sent;
}
