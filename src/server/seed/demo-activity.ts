/**
 * Ninety days of life in the demo program: money settings, partners' standing and links,
 * clicks and banner views in bulk, then conversions, refunds, settlements, approvals and
 * payouts through the production services, so every figure is what the live system would
 * have written. Deterministic (seededRandom) apart from the dates, which follow today.
 */
import { sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import type { Program } from "~/server/services/program";
import { trackingSecretPresent } from "./demo-catalog";
import { seedLinks, seedPromoCodes } from "./demo-links";
import { chargeBackPaidSales, payoutRound, seedPayoutDetails } from "./demo-money";
import { loadDemoPartners, planReferrals, saveStandings } from "./demo-partners";
import { seededRandom } from "./demo-people";
import { conversionCandidates, replayHistory } from "./demo-replay";
import { seedMoneySettings } from "./demo-rules";
import { planSales } from "./demo-sales-plan";
import { buildTrafficRollups } from "./demo-rollups";
import { insertClickBurst, insertTraffic } from "./demo-traffic";
import { HISTORY_DAYS, historyDayStart, planTraffic } from "./demo-traffic-plan";

/** The manager's payout run a little over a month ago. */
const PAID_RUN_DAY = HISTORY_DAYS - 1 - 33;
const BURST_DAY = HISTORY_DAYS - 1 - 11;

export type DemoActivitySummary = Record<
  "clicks" | "impressions" | "conversions" | "refunds" | "ledgerEntries" | "payouts",
  number
>;

export async function seedDemoActivity(
  db: Db,
  input: { program: Program; managerId: string },
  now = new Date(),
): Promise<DemoActivitySummary> {
  const random = seededRandom(2024);
  const program = await seedMoneySettings(db, input.program, input.managerId);

  const partners = await loadDemoPartners(db, program.id, random, now);
  await saveStandings(db, partners, planReferrals(random, partners));
  const links = await seedLinks(db, program, partners, random, now);
  const promoCodes = await seedPromoCodes(db, program, input.managerId, partners, random);

  await insertTraffic(db, program.id, planTraffic(random, partners, links, now), now);
  // One partner's traffic shows a burst from a single address, with a sale on top of it.
  const burstAt = new Date(historyDayStart(now, BURST_DAY).getTime() + 14 * 3_600_000);
  const burstLink = links.find((link) => {
    const owner = partners.find((p) => p.enrollmentId === link.enrollmentId);
    return owner && !owner.isDemo && owner.rank >= 15 && link.createdAt < burstAt;
  });
  if (!burstLink) throw new Error("no demo link old enough for the click burst");
  const burst = await insertClickBurst(db, {
    programId: program.id,
    link: burstLink,
    at: burstAt,
    count: 30,
  });
  await buildTrafficRollups(db, program.id);

  const candidates = await conversionCandidates(db, program.id, partners);
  const lastBurst = burst[burst.length - 1]!;
  candidates.push({ ...lastBurst, enrollmentId: burstLink.enrollmentId, country: "US" });
  candidates.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const events = trackingSecretPresent()
    ? planSales(random, {
        candidates,
        promoCodes: [...promoCodes.keys()],
        partnerEmails: new Map(partners.map((p) => [p.enrollmentId, p.email])),
        currency: program.currency,
        historyStart: historyDayStart(now, 0),
        now,
      })
    : [];

  const payees = await seedPayoutDetails(db, partners, random);
  const round = { program, managerId: input.managerId, partners: payees, random };
  const refunded = new Set(events.flatMap((e) => (e.kind === "refund" ? [e.externalId] : [])));
  const paidRun = async (at: Date) => {
    await payoutRound(db, { ...round, at, share: 0.8, demo: true, pay: true });
    await chargeBackPaidSales(db, program, { at, count: 3, skip: refunded });
  };
  await replayHistory(db, program, events, { now, hooks: new Map([[PAID_RUN_DAY, paidRun]]) });
  // Today: some requests wait for the manager; the demo partner may request one themselves.
  await payoutRound(db, { ...round, at: now, share: 0.5, demo: false, pay: false });
  return countActivity(db, program.id);
}

async function countActivity(db: Db, programId: string): Promise<DemoActivitySummary> {
  const count = (table: string) =>
    sql`(select count(*)::int from ${sql.identifier(table)} where program_id = ${programId}::uuid)`;
  const [row] = await db.execute<DemoActivitySummary>(sql`
    select ${count("clicks")} as clicks, ${count("impressions")} as impressions,
      ${count("conversions")} as conversions, ${count("refunds")} as refunds,
      ${count("ledger_entries")} as "ledgerEntries", ${count("payouts")} as payouts`);
  if (!row) throw new Error("demo activity counts are missing");
  return row;
}
