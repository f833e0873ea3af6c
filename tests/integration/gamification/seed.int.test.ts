import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { badgeAwards, badges, enrollments, pointRules, tiers } from "~/server/db/schema/index";
import { totalPoints } from "~/server/services/gamification/award";
import { seedDemoRewards } from "~/server/seed/demo-rewards";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { approvedSale } from "./fixtures";

describe("seedDemoRewards", () => {
  it("sets up rules, tiers and badges and awards the partners once, however often it runs", async () => {
    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id, { tierKey: "gold" });
    await approvedSale(program.id, enrollment.id);
    await seedDemoRewards(db, { programId: program.id });
    await seedDemoRewards(db, { programId: program.id });

    expect(
      await db.select().from(pointRules).where(eq(pointRules.programId, program.id)),
    ).toHaveLength(6);
    const tierRows = await db.select().from(tiers).where(eq(tiers.programId, program.id));
    expect(tierRows.map((t) => [t.key, t.minPoints, t.rateBonusBps]).sort()).toEqual([
      ["bronze", 0, 0],
      ["gold", 1500, 200],
      ["silver", 500, 100],
    ]);
    expect(await db.select().from(badges).where(eq(badges.programId, program.id))).toHaveLength(5);
    expect(await totalPoints(db, enrollment.id)).toBe(10);
    const held = await db
      .select()
      .from(badgeAwards)
      .where(eq(badgeAwards.enrollmentId, enrollment.id));
    expect(held).toHaveLength(1);
    // Gold by hand with 10 points: kept through the grace period, not taken away at once.
    const [row] = await db.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
    expect(row?.tierKey).toBe("gold");
    expect(row?.tierGraceUntil).not.toBeNull();
  });
});
