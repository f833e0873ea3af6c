import { sql, type SQL } from "drizzle-orm";

/** Eligibility as SQL over `enrollments e`: approved, and in one of the tiers if any are named. */
export function eligibleSql(eligibleTierKeys: readonly string[]): SQL {
  const tiers = `{${eligibleTierKeys.map((k) => `"${k.replace(/["\\]/g, "")}"`).join(",")}}`;
  return sql`e.status = 'approved' and (cardinality(${tiers}::text[]) = 0 or e.tier_key = any(${tiers}::text[]))`;
}
