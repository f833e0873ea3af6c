import { commissionRules } from "~/server/db/schema";
import { commissionRuleSchema, type CommissionRuleInput } from "~/lib/validation/commission-rules";
import { announceCommissionRule } from "../announcements/automatic-announcements";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { ruleForAudit } from "./rule-audit";

/** A manager adds a commission rule to their program; it applies to conversions from now on. */
export async function createCommissionRule(ctx: ProgramContext, input: CommissionRuleInput) {
  const rule = commissionRuleSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(commissionRules)
      .values({ ...rule, programId: ctx.program.id })
      .returning();
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "commissionRule.created",
      targetType: "commissionRule",
      targetId: created!.id,
      data: ruleForAudit(rule),
    });
    if (created!.active) {
      await announceCommissionRule(tx, ctx.program, created!, "created", ctx.userId);
    }
    return created!;
  });
}
