import { accountRouter } from "./routers/account";
import { manageAuditRouter } from "./routers/manage/audit";
import { manageEnrollmentsRouter } from "./routers/manage/enrollments";
import { manageProgramsRouter } from "./routers/manage/programs";
import { partnerProgramsRouter } from "./routers/partner/programs";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  partner: createTRPCRouter({ programs: partnerProgramsRouter }),
  manage: createTRPCRouter({
    programs: manageProgramsRouter,
    enrollments: manageEnrollmentsRouter,
    audit: manageAuditRouter,
  }),
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
