/**
 * A program with a month of activity written through the real conversion writer, and one of
 * each thing the attention list counts (plus near misses that must not count). Dates follow
 * the cockpit's own span: this month to date against the same days of the previous month.
 */
import { eq } from "drizzle-orm";
import {
  contests,
  conversions,
  emailSuppressions,
  payouts,
  subscribers,
  webinars,
} from "~/server/db/schema/index";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { monthToDate } from "~/server/services/cockpit/month-span";
import { addDays, DAY_MS, utcDay } from "~/lib/dates";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { addClick, addLink, addRule, programWithKey, uniqueId } from "../conversions/fixtures";

export async function cockpitProgram() {
  const setup = await programWithKey();
  const { program, ctx } = setup;
  await addRule(program.id, { rateBps: 1000 });
  const span = monthToDate(new Date());
  const today = utcDay(new Date());
  const alice = await makePartner(program.id);
  const bob = await makePartner(program.id);
  const carol = await makePartner(program.id);

  // A click shortly before each attributed sale (its day stays the sale's day).
  const sale = async (who: { enrollment: { id: string } } | null, amount: number, at: Date) => {
    let clickId: string | undefined;
    if (who) {
      const link = await addLink(program.id, who.enrollment.id);
      clickId = await addClick(link, { occurredAt: new Date(at.getTime() - 1_000) });
    }
    return recordConversion(ctx, {
      type: "sale",
      external_id: uniqueId("order"),
      amount,
      currency: program.currency,
      click_id: clickId,
      occurred_at: at.toISOString(),
    });
  };
  const previousDay = new Date(`${span.previous.from}T10:00:00Z`);
  const now = new Date(Math.max(Date.now() - 60_000, Date.parse(`${today}T00:00:05Z`)));
  // Previous span: Alice 100.00 and Bob 20.00 (10 % each). This month: Bob 300.00 and a
  // sale without a partner, 50.00.
  await sale(alice, 10_000, previousDay);
  await sale(bob, 2_000, previousDay);
  const bobNow = await sale(bob, 30_000, now);
  await sale(null, 5_000, now);

  // Attention: two applicants, one flagged conversion, one payout request.
  await makePartner(program.id, { status: "applied" });
  await makePartner(program.id, { status: "applied" });
  await db
    .update(conversions)
    .set({ reviewStatus: "flagged" })
    .where(eq(conversions.id, bobNow.conversion.id));
  await db.insert(payouts).values({
    programId: program.id,
    enrollmentId: alice.enrollment.id,
    amount: 500n,
    currency: program.currency,
    status: "requested",
    method: "iban",
    details: {},
  });

  // A launched contest ending in two days with a target nobody reaches; one ending later
  // and a draft ending soon do not count.
  const contest = {
    programId: program.id,
    metric: "sales" as const,
    prizes: [{ fromRank: 1, toRank: 1, label: "A trip" }],
    milestones: [{ threshold: "1000000", label: "Moonshot" }],
  };
  const [ending] = await db
    .insert(contests)
    .values({
      ...contest,
      name: "Ending soon",
      startsOn: addDays(today, -5),
      endsOn: addDays(today, 2),
      launchedAt: new Date(),
    })
    .returning();
  await db.insert(contests).values([
    {
      ...contest,
      name: "Later",
      startsOn: today,
      endsOn: addDays(today, 20),
      launchedAt: new Date(),
    },
    { ...contest, name: "Draft", startsOn: today, endsOn: addDays(today, 1) },
  ]);

  // Webinars: one in three days counts; one in ten days and a cancelled one do not.
  const webinar = {
    programId: program.id,
    title: "Partner Q&A",
    timeZone: "Europe/Warsaw",
    durationMinutes: 60,
    joinUrl: "https://meet.example.com/qa",
  };
  await db.insert(webinars).values([
    { ...webinar, startsAt: new Date(Date.now() + 3 * DAY_MS) },
    { ...webinar, startsAt: new Date(Date.now() + 10 * DAY_MS) },
    { ...webinar, startsAt: new Date(Date.now() + 2 * DAY_MS), cancelledAt: new Date() },
  ]);

  // Bounces: a subscriber and Carol bounced hard lately; an old bounce, a complaint and a
  // stranger's bounce do not count.
  const subscriber = `${uniqueId("sub")}@test.rally.test`;
  const oldBounce = `${uniqueId("old")}@test.rally.test`;
  const complaint = `${uniqueId("complaint")}@test.rally.test`;
  await db.insert(subscribers).values(
    [subscriber, oldBounce, complaint].map((email) => ({
      programId: program.id,
      email,
      status: "confirmed" as const,
    })),
  );
  await db.insert(emailSuppressions).values([
    { email: subscriber, reason: "hard_bounce" },
    { email: carol.user.email, reason: "hard_bounce" },
    { email: oldBounce, reason: "hard_bounce", createdAt: new Date(Date.now() - 40 * DAY_MS) },
    { email: complaint, reason: "complaint" },
    { email: `${uniqueId("nobody")}@test.rally.test`, reason: "hard_bounce" },
  ]);

  // Another program's things must never count here.
  const other = await makeProgram();
  await makePartner(other.program.id, { status: "applied" });

  return { ...setup, span, today, alice, bob, carol, ending: ending!, other };
}
