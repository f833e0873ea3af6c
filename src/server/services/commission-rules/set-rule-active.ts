import { and, eq } from "drizzle-orm";
import { commissionRules } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { announceCommissionRule } from "../announcements/automatic-announcements";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

/**
 * Deactivates a rule (or brings it back). Rules are never deleted: ledger entries point at
 * the rule that paid them, and the history should still say which one that was.
 */
export async function setCommissionRuleActive(
  ctx: ProgramContext,
  input: { ruleId: string; active: boolean },
) {
  return ctx.db.transaction(async (tx) => {
    const [rule] = await tx
      .select()
      .from(commissionRules)
      .where(
        and(eq(commissionRules.id, input.ruleId), eq(commissionRules.programId, ctx.program.id)),
      )
      .for("update");
    if (!rule) throw notFound("commissionRule");
    if (rule.active === input.active) return { id: rule.id, active: rule.active, changed: false };
    await tx
      .update(commissionRules)
      .set({ active: input.active })
      .where(eq(commissionRules.id, rule.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: input.active ? "commissionRule.activated" : "commissionRule.deactivated",
      targetType: "commissionRule",
      targetId: rule.id,
      data: { name: rule.name },
    });
    if (input.active) {
      await announceCommissionRule(tx, ctx.program, rule, "activated", ctx.userId);
    }
    return { id: rule.id, active: input.active, changed: true };
  });
}
