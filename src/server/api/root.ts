import { accountRouter } from "./routers/account";
import { manageApiKeysRouter } from "./routers/manage/api-keys";
import { manageAuditRouter } from "./routers/manage/audit";
import { manageCommissionRulesRouter } from "./routers/manage/commission-rules";
import { manageConversionsRouter } from "./routers/manage/conversions";
import { manageEnrollmentsRouter } from "./routers/manage/enrollments";
import { managePayoutsRouter } from "./routers/manage/payouts";
import { manageProgramsRouter } from "./routers/manage/programs";
import { managePromoCodesRouter } from "./routers/manage/promo-codes";
import { manageReviewRouter } from "./routers/manage/review";
import { partnerEarningsRouter } from "./routers/partner/earnings";
import { partnerLinksRouter } from "./routers/partner/links";
import { partnerPayoutsRouter } from "./routers/partner/payouts";
import { partnerProgramsRouter } from "./routers/partner/programs";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  partner: createTRPCRouter({
    programs: partnerProgramsRouter,
    links: partnerLinksRouter,
    earnings: partnerEarningsRouter,
    payouts: partnerPayoutsRouter,
  }),
  manage: createTRPCRouter({
    programs: manageProgramsRouter,
    enrollments: manageEnrollmentsRouter,
    audit: manageAuditRouter,
    promoCodes: managePromoCodesRouter,
    commissionRules: manageCommissionRulesRouter,
    apiKeys: manageApiKeysRouter,
    payouts: managePayoutsRouter,
    review: manageReviewRouter,
    conversions: manageConversionsRouter,
  }),
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
