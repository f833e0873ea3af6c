import { eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { commissionRules } from "~/server/db/schema";

/** What the console's tier filter and tier select call "no tier" (a null tier key). */
export const NO_TIER = "none";

/**
 * The tier keys a program's rules give a bonus to, sorted and without repeats: tiers are free
 * text on the enrollment, and only a key some rule names changes what a partner earns.
 * "none" is left out: it stands for no tier wherever a tier is chosen.
 */
export function collectTierKeys(
  rules: readonly { tierBonusBps: Record<string, number> | null }[],
): string[] {
  const keys = new Set<string>();
  for (const rule of rules) {
    for (const key of Object.keys(rule.tierBonusBps ?? {})) if (key !== NO_TIER) keys.add(key);
  }
  return [...keys].sort();
}

/** The program's tier keys, from every rule (an inactive rule may be switched on again). */
export async function programTierKeys(db: Executor, programId: string): Promise<string[]> {
  const rules = await db
    .select({ tierBonusBps: commissionRules.tierBonusBps })
    .from(commissionRules)
    .where(eq(commissionRules.programId, programId));
  return collectTierKeys(rules);
}
