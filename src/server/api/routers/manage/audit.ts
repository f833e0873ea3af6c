import { z } from "zod";
import { listAudit } from "~/server/services/audit/list-audit";
import { createTRPCRouter, managerProcedure } from "../../trpc";

export const manageAuditRouter = createTRPCRouter({
  list: managerProcedure("audit.read")
    .input(
      z.object({
        before: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(100).default(50),
      }),
    )
    .query(({ ctx, input }) => listAudit(ctx, input)),
});
