import { z } from "zod";
import { awardManualBadge } from "~/server/services/gamification/manage/award-manual-badge";
import {
  badgeInput,
  createBadge,
  listBadges,
  setBadgeArchived,
  updateBadge,
} from "~/server/services/gamification/manage/badges";
import { listProgramCourses } from "~/server/services/gamification/manage/program-course";
import {
  leaderboardInput,
  pointsLeaderboard,
} from "~/server/services/gamification/manage/leaderboard";
import {
  listPointRules,
  setPointRules,
  setPointRulesInput,
} from "~/server/services/gamification/manage/point-rules";
import {
  tierSettings,
  tierSettingsInput,
  updateTierSettings,
} from "~/server/services/gamification/manage/settings";
import {
  createTier,
  deleteTier,
  listTiers,
  tierInput,
  updateTier,
} from "~/server/services/gamification/manage/tiers";
import { createTRPCRouter, managerProcedure } from "../../trpc";

const oneBadge = z.object({ badgeId: z.uuid() });
const oneTier = z.object({ tierId: z.uuid() });

/**
 * The console's rewards (E3): point rules, badges, tiers and their settings. Reading needs
 * "program.read"; changing them is a program setting ("program.update"); the leaderboard and a
 * hand-given badge are about partners ("enrollments.read" / "enrollments.decide").
 */
export const manageRewardsRouter = createTRPCRouter({
  pointRules: managerProcedure("program.read").query(({ ctx }) => listPointRules(ctx)),
  setPointRules: managerProcedure("program.update")
    .input(setPointRulesInput)
    .mutation(({ ctx, input }) => setPointRules(ctx, { rules: input.rules })),

  badges: managerProcedure("program.read").query(({ ctx }) => listBadges(ctx)),
  createBadge: managerProcedure("program.update")
    .input(z.object({ badge: badgeInput }))
    .mutation(({ ctx, input }) => createBadge(ctx, input.badge)),
  updateBadge: managerProcedure("program.update")
    .input(oneBadge.extend({ badge: badgeInput }))
    .mutation(({ ctx, input }) => updateBadge(ctx, input.badgeId, input.badge)),
  setBadgeArchived: managerProcedure("program.update")
    .input(oneBadge.extend({ archived: z.boolean() }))
    .mutation(({ ctx, input }) => setBadgeArchived(ctx, input.badgeId, input.archived)),
  awardBadge: managerProcedure("enrollments.decide")
    .input(
      z.union([
        oneBadge.extend({ enrollmentId: z.uuid() }),
        oneBadge.extend({ email: z.email().max(320) }),
      ]),
    )
    .mutation(({ ctx, input: { programId: _programId, ...award } }) =>
      awardManualBadge(ctx, award),
    ),

  tiers: managerProcedure("program.read").query(({ ctx }) => listTiers(ctx)),
  createTier: managerProcedure("program.update")
    .input(z.object({ tier: tierInput }))
    .mutation(({ ctx, input }) => createTier(ctx, input.tier)),
  updateTier: managerProcedure("program.update")
    .input(oneTier.extend({ tier: tierInput }))
    .mutation(({ ctx, input }) => updateTier(ctx, input.tierId, input.tier)),
  deleteTier: managerProcedure("program.update")
    .input(oneTier)
    .mutation(({ ctx, input }) => deleteTier(ctx, input.tierId)),

  settings: managerProcedure("program.read").query(({ ctx }) => tierSettings(ctx)),
  updateSettings: managerProcedure("program.update")
    .input(tierSettingsInput)
    .mutation(({ ctx, input }) => updateTierSettings(ctx, input)),

  /** Courses a tier may require or a badge may name. */
  courses: managerProcedure("program.read").query(({ ctx }) =>
    listProgramCourses(ctx.db, ctx.program.id),
  ),

  leaderboard: managerProcedure("enrollments.read")
    .input(leaderboardInput)
    .query(({ ctx, input: { programId: _programId, ...query } }) => pointsLeaderboard(ctx, query)),
});
