import { accountRouter } from "./routers/account";
import { manageAcademyRouter } from "./routers/manage/academy";
import { manageAnalyticsRouter } from "./routers/manage/analytics";
import { manageAnnouncementsRouter } from "./routers/manage/announcements";
import { manageApiKeysRouter } from "./routers/manage/api-keys";
import { manageAuditRouter } from "./routers/manage/audit";
import { manageCockpitRouter } from "./routers/manage/cockpit";
import { manageCommissionRulesRouter } from "./routers/manage/commission-rules";
import { manageContestsRouter } from "./routers/manage/contests";
import { manageConversionsRouter } from "./routers/manage/conversions";
import { manageCreativesRouter } from "./routers/manage/creatives";
import { manageEnrollmentsRouter } from "./routers/manage/enrollments";
import { manageNewslettersRouter } from "./routers/manage/newsletters";
import { managePartnersRouter } from "./routers/manage/partners";
import { managePayoutsRouter } from "./routers/manage/payouts";
import { manageProgramsRouter } from "./routers/manage/programs";
import { managePromoCodesRouter } from "./routers/manage/promo-codes";
import { manageRewardsRouter } from "./routers/manage/rewards";
import { manageReviewRouter } from "./routers/manage/review";
import { manageSubscribersRouter } from "./routers/manage/subscribers";
import { manageSystemRouter } from "./routers/manage/system";
import { manageUsersRouter } from "./routers/manage/users";
import { manageWebhooksRouter } from "./routers/manage/webhooks";
import { manageWebinarsRouter } from "./routers/manage/webinars";
import { partnerAcademyRouter } from "./routers/partner/academy";
import { partnerAnnouncementsRouter } from "./routers/partner/announcements";
import { partnerContestsRouter } from "./routers/partner/contests";
import { partnerCreativesRouter } from "./routers/partner/creatives";
import { partnerDashboardRouter } from "./routers/partner/dashboard";
import { partnerEmailPreferencesRouter } from "./routers/partner/email-preferences";
import { partnerGoalsRouter } from "./routers/partner/goals";
import { partnerEarningsRouter } from "./routers/partner/earnings";
import { partnerLinksRouter } from "./routers/partner/links";
import { partnerLiveRouter } from "./routers/partner/live";
import { partnerNotificationsRouter } from "./routers/partner/notifications";
import { partnerPayoutsRouter } from "./routers/partner/payouts";
import { partnerProfileRouter } from "./routers/partner/profile";
import { partnerProgramsRouter } from "./routers/partner/programs";
import { partnerRewardsRouter } from "./routers/partner/rewards";
import { partnerWebinarsRouter } from "./routers/partner/webinars";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  partner: createTRPCRouter({
    programs: partnerProgramsRouter,
    links: partnerLinksRouter,
    earnings: partnerEarningsRouter,
    payouts: partnerPayoutsRouter,
    profile: partnerProfileRouter,
    creatives: partnerCreativesRouter,
    notifications: partnerNotificationsRouter,
    live: partnerLiveRouter,
    dashboard: partnerDashboardRouter,
    rewards: partnerRewardsRouter,
    contests: partnerContestsRouter,
    webinars: partnerWebinarsRouter,
    academy: partnerAcademyRouter,
    announcements: partnerAnnouncementsRouter,
    emailPreferences: partnerEmailPreferencesRouter,
    goals: partnerGoalsRouter,
  }),
  manage: createTRPCRouter({
    programs: manageProgramsRouter,
    enrollments: manageEnrollmentsRouter,
    partners: managePartnersRouter,
    audit: manageAuditRouter,
    promoCodes: managePromoCodesRouter,
    commissionRules: manageCommissionRulesRouter,
    apiKeys: manageApiKeysRouter,
    payouts: managePayoutsRouter,
    review: manageReviewRouter,
    conversions: manageConversionsRouter,
    analytics: manageAnalyticsRouter,
    cockpit: manageCockpitRouter,
    creatives: manageCreativesRouter,
    webhooks: manageWebhooksRouter,
    rewards: manageRewardsRouter,
    contests: manageContestsRouter,
    webinars: manageWebinarsRouter,
    academy: manageAcademyRouter,
    announcements: manageAnnouncementsRouter,
    newsletters: manageNewslettersRouter,
    subscribers: manageSubscribersRouter,
    users: manageUsersRouter,
    system: manageSystemRouter,
  }),
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
