import { asc, eq } from "drizzle-orm";
import { tiers } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { programTierKeys } from "../partners/tier-keys";

/**
 * The tiers a webinar can be limited to: the program's defined tiers (with names) and any tier
 * key its commission rules name (tiers are free text on the enrollment).
 */
export async function audienceOptions(ctx: ProgramContext) {
  const [defined, ruleKeys] = await Promise.all([
    ctx.db
      .select({ key: tiers.key, name: tiers.name })
      .from(tiers)
      .where(eq(tiers.programId, ctx.program.id))
      .orderBy(asc(tiers.key)),
    programTierKeys(ctx.db, ctx.program.id),
  ]);
  const known = new Set(defined.map((tier) => tier.key));
  return [
    ...defined,
    ...ruleKeys.filter((key) => !known.has(key)).map((key) => ({ key, name: key })),
  ];
}
