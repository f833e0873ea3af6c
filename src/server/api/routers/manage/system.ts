import { systemReport } from "~/server/services/system/system-report";
import { createTRPCRouter, ownerProcedure } from "../../trpc";

/** The deployment's health, for its owners: it names paths and servers nobody else should see. */
export const manageSystemRouter = createTRPCRouter({
  report: ownerProcedure.query(({ ctx }) => systemReport(ctx.db)),
});
