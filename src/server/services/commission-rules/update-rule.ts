import { and, eq } from "drizzle-orm";
import { commissionRules } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { commissionRuleSchema, type CommissionRuleInput } from "~/lib/validation/commission-rules";
import { announceCommissionRule } from "../announcements/automatic-announcements";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { ruleChanges } from "./rule-audit";

/**
 * Replaces a rule's terms. Commissions already written keep their amounts (the ledger is
 * append-only); the new terms apply to conversions recorded after the change.
 */
export async function updateCommissionRule(
  ctx: ProgramContext,
  input: { ruleId: string; rule: CommissionRuleInput },
) {
  const rule = commissionRuleSchema.parse(input.rule);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(commissionRules)
      .where(
        and(eq(commissionRules.id, input.ruleId), eq(commissionRules.programId, ctx.program.id)),
      )
      .for("update");
    if (!before) throw notFound("commissionRule");
    const changes = ruleChanges(before, rule);
    if (Object.keys(changes).length === 0) return before;
    const [updated] = await tx
      .update(commissionRules)
      .set(rule)
      .where(eq(commissionRules.id, before.id))
      .returning();
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "commissionRule.updated",
      targetType: "commissionRule",
      targetId: before.id,
      data: changes,
    });
    // An inactive rule pays nobody: its partners hear about it when it is activated.
    if (updated!.active) {
      await announceCommissionRule(tx, ctx.program, updated!, "updated", ctx.userId);
    }
    return updated!;
  });
}
