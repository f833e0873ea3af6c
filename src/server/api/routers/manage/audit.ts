import { auditSearchInput, listAudit } from "~/server/services/audit/list-audit";
import { createTRPCRouter, managerProcedure } from "../../trpc";

export const manageAuditRouter = createTRPCRouter({
  list: managerProcedure("audit.read")
    .input(auditSearchInput)
    .query(({ ctx, input }) => {
      const { programId: _programId, ...search } = input;
      return listAudit(ctx, search);
    }),
});
