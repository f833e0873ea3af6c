/**
 * Traffic and sales for weekly-goal tests, written through the real writers (recordEvents for
 * clicks, recordConversion for sales) so the daily rollup the goals read is the one production
 * keeps. Weeks are relative to the current UTC week (the test partners' time zone is UTC).
 */
import { randomUUID } from "node:crypto";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { weekOfDay } from "~/server/services/goals/week";
import { EventBatch, recordEvents } from "~/server/tracking/record-events";
import { addDays, utcDay, utcDayStart } from "~/lib/dates";
import { db, testDb } from "../../support/db";
import { makePartner } from "../../support/factories";
import { addLink, addRule, programWithKey } from "../conversions/fixtures";

process.env.TRACKING_SECRET ??= "integration-test-tracking-secret";

/** This UTC week, and the Monday `weeksAgo` weeks before it. */
export const thisWeek = () => weekOfDay(utcDay(new Date()));
export const mondayOf = (weeksAgo: number) => addDays(thisWeek().from, -7 * weeksAgo);

/** An instant inside the week `weeksAgo` weeks back that is already past: today's midnight for 0. */
export const inWeek = (weeksAgo: number) =>
  weeksAgo === 0 ? utcDayStart(utcDay(new Date())) : new Date(`${mondayOf(weeksAgo)}T12:00:00Z`);

type Link = Awaited<ReturnType<typeof addLink>>;

/** `count` clicks on the link at `at`, as the ingest server writes them; their ids. */
export async function track(link: Link, at: Date, count: number) {
  const batch = new EventBatch();
  const ids = Array.from({ length: count }, () => {
    const id = `k${randomUUID().replaceAll("-", "").slice(0, 20)}`;
    batch.push({
      kind: "click",
      id,
      occurredAt: at.getTime(),
      programId: link.programId,
      linkId: link.id,
      enrollmentId: link.enrollmentId,
      billable: true,
      isUnique: true,
      ipHash: randomUUID(),
      country: null,
      subId: null,
    });
    return id;
  });
  await recordEvents(testDb.sql, batch);
  return ids;
}

/** A program paying 10 % on sales, with two approved partners ("me" with a link, "other"). */
export async function goalsProgram() {
  const setup = await programWithKey();
  await addRule(setup.program.id, { rateBps: 1000 });
  const me = await makePartner(setup.program.id);
  const other = await makePartner(setup.program.id);
  const link = await addLink(setup.program.id, me.enrollment.id);
  const sale = (clickId: string, amount: number, at: Date) =>
    recordConversion(
      { db, program: setup.program },
      {
        type: "sale",
        external_id: `o-${randomUUID().slice(0, 8)}`,
        amount,
        currency: setup.program.currency,
        click_id: clickId,
        occurred_at: at.toISOString(),
      },
    );
  return { ...setup, me, other, link, sale };
}
