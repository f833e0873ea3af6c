import { z } from "zod";
import { pageSchema, pageSizeSchema } from "~/lib/paging";
import { decideEnrollment } from "~/server/services/enrollments/decide";
import { listApplications } from "~/server/services/enrollments/list-applications";
import { createTRPCRouter, managerProcedure } from "../../trpc";

export const manageEnrollmentsRouter = createTRPCRouter({
  list: managerProcedure("enrollments.read")
    .input(
      z.object({
        status: z.enum(["applied", "approved", "training", "rejected", "suspended"]).optional(),
        search: z.string().trim().max(100).optional(),
        page: pageSchema,
        pageSize: pageSizeSchema(100, 25),
      }),
    )
    .query(({ ctx, input }) => listApplications(ctx, input)),

  decide: managerProcedure("enrollments.decide")
    .input(
      z.object({
        enrollmentId: z.uuid(),
        decision: z.enum(["approve", "reject", "suspend", "reinstate"]),
        reason: z.string().trim().max(500).optional(),
      }),
    )
    .mutation(({ ctx, input }) => decideEnrollment(ctx, input)),
});
