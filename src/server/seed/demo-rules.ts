/**
 * The demo program's money settings, set up the way a manager would in the console: one rule
 * for each commission model, multi-level overrides, a payout threshold and an API key for the
 * shop's backend.
 */
import { eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programs } from "~/server/db/schema";
import type { CommissionRuleInput } from "~/lib/validation/commission-rules";
import { createApiKey } from "~/server/services/api-keys/create-api-key";
import { createCommissionRule } from "~/server/services/commission-rules/create-rule";
import { setOverrideLevels } from "~/server/services/commission-rules/set-override-levels";
import type { Program } from "~/server/services/program";

/** 50.00 in the program's currency. */
export const DEMO_PAYOUT_THRESHOLD = 5_000n;
/** Level 1 earns 10 % of a recruit's sale commission, level 2 earns 5 %. */
export const DEMO_OVERRIDE_BPS = [1_000, 500];

export const demoRules: CommissionRuleInput[] = [
  {
    name: "Course sales",
    event: "sale",
    basis: "percent",
    rateBps: 800,
    tierBonusBps: { gold: 200, silver: 100 },
  },
  {
    name: "Software licences",
    event: "sale",
    basis: "percent",
    rateBps: 1_200,
    conditions: { category: "software" },
    priority: 10,
  },
  { name: "Free trial sign-ups", event: "lead", basis: "flat", amount: 200n },
  { name: "Mobile app installs", event: "install", basis: "flat", amount: 100n },
  { name: "Unique clicks", event: "click", basis: "flat", amount: 5n },
  { name: "Banner views (per 1,000)", event: "impression", basis: "flat", amount: 150n },
];

export async function seedMoneySettings(
  db: Db,
  program: Program,
  managerId: string,
): Promise<Program> {
  const ctx = { db, userId: managerId, program };
  for (const rule of demoRules) await createCommissionRule(ctx, rule);
  await setOverrideLevels(ctx, { levels: DEMO_OVERRIDE_BPS });
  // The threshold has no console form yet; the seed owns this program's row.
  await db
    .update(programs)
    .set({ payoutThreshold: DEMO_PAYOUT_THRESHOLD })
    .where(eq(programs.id, program.id));
  // The console's integrations page lists it; the key itself is not kept or shown anywhere.
  await createApiKey(ctx, { name: "Northwind shop backend" });
  const [updated] = await db.select().from(programs).where(eq(programs.id, program.id));
  if (!updated) throw new Error("the demo program vanished");
  return updated;
}
