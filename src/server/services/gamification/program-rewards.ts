import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { badges, tiers } from "~/server/db/schema";
import type { BadgeCriteria } from "~/server/db/schema";
import { parseCriteria } from "./badge-criteria";
import { rankTiers } from "./tier-rules";

export type ProgramTier = typeof tiers.$inferSelect;
export type ProgramBadge = Omit<typeof badges.$inferSelect, "criteria"> & {
  criteria: BadgeCriteria | null;
};

/** A program's tiers (lowest first) and live badges, with their criteria checked. */
export async function loadProgramRewards(db: Executor, programId: string) {
  const [tierRows, badgeRows] = await Promise.all([
    db.select().from(tiers).where(eq(tiers.programId, programId)),
    db
      .select()
      .from(badges)
      .where(and(eq(badges.programId, programId), isNull(badges.archivedAt)))
      .orderBy(asc(badges.createdAt), asc(badges.id)),
  ]);
  return {
    tiers: rankTiers(tierRows),
    badges: badgeRows.map((badge) => ({ ...badge, criteria: parseCriteria(badge.criteria) })),
  };
}

export type ProgramRewards = Awaited<ReturnType<typeof loadProgramRewards>>;
