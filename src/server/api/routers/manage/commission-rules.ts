import { z } from "zod";
import { commissionRuleSchema, overrideLevelsSchema } from "~/lib/validation/commission-rules";
import { createCommissionRule } from "~/server/services/commission-rules/create-rule";
import { listCommissionRules } from "~/server/services/commission-rules/list-rules";
import { setOverrideLevels } from "~/server/services/commission-rules/set-override-levels";
import { setCommissionRuleActive } from "~/server/services/commission-rules/set-rule-active";
import { updateCommissionRule } from "~/server/services/commission-rules/update-rule";
import { createTRPCRouter, managerProcedure } from "../../trpc";

/** Rates in basis points and amounts in minor units (bigint, carried by superjson). */
export const manageCommissionRulesRouter = createTRPCRouter({
  list: managerProcedure("commissionRules.read").query(({ ctx }) => listCommissionRules(ctx)),

  create: managerProcedure("commissionRules.manage")
    .input(z.object({ rule: commissionRuleSchema }))
    .mutation(({ ctx, input }) => createCommissionRule(ctx, input.rule)),

  update: managerProcedure("commissionRules.manage")
    .input(z.object({ ruleId: z.uuid(), rule: commissionRuleSchema }))
    .mutation(({ ctx, input }) => updateCommissionRule(ctx, input)),

  setActive: managerProcedure("commissionRules.manage")
    .input(z.object({ ruleId: z.uuid(), active: z.boolean() }))
    .mutation(({ ctx, input }) => setCommissionRuleActive(ctx, input)),

  setOverrideLevels: managerProcedure("commissionRules.manage")
    .input(z.object({ levels: overrideLevelsSchema }))
    .mutation(({ ctx, input }) => setOverrideLevels(ctx, input)),
});
