/**
 * A program with traffic and money written through the real writers (recordEvents for clicks
 * and impressions, recordConversion / recordRefund for conversions), shared by the analytics
 * and export tests. Times are relative to now: the current period is the last 7 UTC days,
 * the previous one the 7 days before.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { creatives, enrollments, links, payouts } from "~/server/db/schema/index";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { recordRefund } from "~/server/services/conversions/record-refund";
import { EventBatch, recordEvents } from "~/server/tracking/record-events";
import { db, testDb } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { addRule, programWithKey } from "../conversions/fixtures";
import { addDays, DAY_MS, utcDay } from "~/lib/dates";

process.env.TRACKING_SECRET ??= "integration-test-tracking-secret";

const at = (day: string, hour: number) =>
  new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);

export async function addCreative(programId: string, name: string) {
  const [row] = await db
    .insert(creatives)
    .values({ programId, kind: "banner", name, width: 728, height: 90 })
    .returning();
  return row!;
}

async function addLink(programId: string, enrollmentId: string, creativeId?: string) {
  const [row] = await db
    .insert(links)
    .values({
      programId,
      enrollmentId,
      code: `a${randomUUID().slice(0, 10)}`,
      destination: "https://shop.example.com/",
      label: `label of ${enrollmentId.slice(0, 4)}`,
      creativeId,
    })
    .returning();
  return row!;
}

type Link = Awaited<ReturnType<typeof addLink>>;

/** Clicks (ids returned) and impressions through the ingest server's batch writer. */
async function track(link: Link, when: Date, clicks: { unique: boolean }[], impressions = 0) {
  const batch = new EventBatch();
  const ids: string[] = [];
  for (const click of clicks) {
    const id = `k${randomUUID().replaceAll("-", "").slice(0, 20)}`;
    ids.push(id);
    batch.push({
      kind: "click",
      id,
      occurredAt: when.getTime(),
      programId: link.programId,
      linkId: link.id,
      enrollmentId: link.enrollmentId,
      billable: true,
      isUnique: click.unique,
      ipHash: randomUUID(),
      country: null,
      subId: null,
    });
  }
  for (let n = 0; n < impressions; n++) {
    batch.push({
      kind: "impression",
      occurredAt: when.getTime(),
      programId: link.programId,
      linkId: link.id,
      enrollmentId: link.enrollmentId,
      creativeId: link.creativeId,
      billable: true,
      ipHash: randomUUID(),
      country: null,
    });
  }
  await recordEvents(testDb.sql, batch);
  return ids;
}

export async function analyticsProgram() {
  const setup = await programWithKey({ overrideBps: [1000] });
  const { program } = setup;
  await addRule(program.id, { rateBps: 1000 });
  await addRule(program.id, { event: "lead", basis: "flat", rateBps: null, amount: 200n });
  const alice = await makePartner(program.id);
  const bob = await makePartner(program.id, { referredById: alice.enrollment.id });
  const carol = await makePartner(program.id);
  const today = utcDay(new Date());
  const yesterday = addDays(today, -1);
  const earlier = addDays(today, -10);
  // Carol joined in the previous period; Alice and Bob today (the factory's decidedAt).
  await db
    .update(enrollments)
    .set({ decidedAt: at(earlier, 9) })
    .where(eq(enrollments.id, carol.enrollment.id));

  const banner = await addCreative(program.id, '=HYPERLINK("http://evil.example")');
  const linkA = await addLink(program.id, alice.enrollment.id);
  const linkB = await addLink(program.id, bob.enrollment.id, banner.id);
  const [clickA] = await track(linkA, at(yesterday, 10), [
    { unique: true },
    { unique: true },
    { unique: false },
  ]);
  const [clickB] = await track(linkB, at(yesterday, 11), [{ unique: true }, { unique: true }], 4);
  const [oldClick] = await track(linkA, at(earlier, 10), [{ unique: true }]);

  const ctx = { db, program };
  const sale = (externalId: string, amount: number, occurred: Date, clickId?: string) =>
    recordConversion(ctx, {
      type: "sale",
      external_id: externalId,
      amount,
      currency: program.currency,
      click_id: clickId,
      occurred_at: occurred.toISOString(),
    });
  await sale("order-a", 10_000, at(yesterday, 12), clickA);
  await sale("order-b", 5_000, at(yesterday, 12), clickB);
  await recordConversion(ctx, {
    type: "lead",
    external_id: "lead-a",
    currency: program.currency,
    click_id: clickA,
    occurred_at: at(yesterday, 13).toISOString(),
  });
  const direct = await sale("order-direct", 3_000, at(yesterday, 14));
  await recordRefund(ctx, direct.conversion.id, { refund_id: "refund-1", amount: 1_000 });
  await sale("order-old", 2_000, at(earlier, 12), oldClick);

  // A payout paid yesterday (payouts are the money's own record; written directly here).
  await db.insert(payouts).values({
    programId: program.id,
    enrollmentId: alice.enrollment.id,
    amount: 700n,
    currency: program.currency,
    status: "paid",
    method: "iban",
    details: {},
    paidAt: new Date(Date.now() - DAY_MS),
  });

  // Another program's creative and traffic must never show up.
  const other = await makeProgram();
  const stranger = await makePartner(other.program.id);
  const foreignBanner = await addCreative(other.program.id, "foreign");
  const foreignLink = await addLink(other.program.id, stranger.enrollment.id, foreignBanner.id);
  await track(foreignLink, at(yesterday, 10), [{ unique: true }], 2);

  return {
    ...setup,
    today,
    yesterday,
    period: { from: addDays(today, -6), to: today },
    alice,
    bob,
    carol,
    linkA,
    linkB,
    banner,
    other,
  };
}
