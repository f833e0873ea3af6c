/**
 * The commission engine pays a tier's own rate bonus (tiers.rate_bonus_bps) when the rule
 * names no bonus for the partner's tier; a bonus the rule names wins.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ledgerEntries, statsDaily } from "~/server/db/schema/index";
import { conversionInputSchema } from "~/server/services/conversions/conversion-input";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { settleTraffic } from "~/server/services/ledger/settle-traffic";
import { db } from "../../support/db";
import { makePartner } from "../../support/factories";
import { addPromoCode, addRule, programWithKey, uniqueId } from "../conversions/fixtures";
import { addTiers } from "./fixtures";

async function saleFor(
  setup: Awaited<ReturnType<typeof programWithKey>>,
  code: string,
): Promise<number[]> {
  const input = conversionInputSchema.parse({
    type: "sale",
    external_id: uniqueId("order"),
    amount: 10_000,
    currency: "EUR",
    promo_code: code,
  });
  const recorded = await recordConversion({ db, program: setup.program }, input);
  return recorded.conversion.commissions.map((commission) => Number(commission.amount));
}

describe("tier rate bonus", () => {
  it("pays a Gold partner the tier's 200 bps on top of the rule", async () => {
    const setup = await programWithKey();
    await addRule(setup.program.id, { rateBps: 1000, tierBonusBps: { silver: 50 } });
    await addTiers(setup.program.id, [
      { key: "silver", minPoints: 500, rateBonusBps: 100 },
      { key: "gold", minPoints: 1500, rateBonusBps: 200 },
    ]);
    const gold = await makePartner(setup.program.id, { tierKey: "gold" });
    const silver = await makePartner(setup.program.id, { tierKey: "silver" });
    const plain = await makePartner(setup.program.id);
    await addPromoCode(setup.program.id, gold.enrollment.id, "GOLD1");
    await addPromoCode(setup.program.id, silver.enrollment.id, "SILVER1");
    await addPromoCode(setup.program.id, plain.enrollment.id, "PLAIN1");

    expect(await saleFor(setup, "GOLD1")).toEqual([1200]); // 10% + the tier's 2%
    expect(await saleFor(setup, "SILVER1")).toEqual([1050]); // the rule's own 0.5% wins
    expect(await saleFor(setup, "PLAIN1")).toEqual([1000]);
  });

  it("raises settled CPC for the tier too", async () => {
    const setup = await programWithKey();
    await addRule(setup.program.id, { event: "click", basis: "flat", rateBps: null, amount: 100n });
    await addTiers(setup.program.id, [{ key: "gold", minPoints: 1500, rateBonusBps: 200 }]);
    const gold = await makePartner(setup.program.id, { tierKey: "gold" });
    const day = "2000-01-03";
    await db.insert(statsDaily).values({
      programId: setup.program.id,
      enrollmentId: gold.enrollment.id,
      day,
      paidClicks: 10,
    });
    await settleTraffic(db, day, { programId: setup.program.id });
    const entries = await db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.programId, setup.program.id), eq(ledgerEntries.trafficDay, day)));
    expect(entries.map((entry) => entry.amount)).toEqual([1020n]);
  });
});
