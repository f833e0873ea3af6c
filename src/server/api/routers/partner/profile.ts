import { listNetwork, networkInput } from "~/server/services/referrals/list-network";
import { listReferralPrograms } from "~/server/services/referrals/list-referral-programs";
import { profileInput, updateProfile } from "~/server/services/users/update-profile";
import { createTRPCRouter, enrolledProcedure, partnerProcedure } from "../../trpc";

/** The partner's own profile (P5): name and language, referral links and their network. */
export const partnerProfileRouter = createTRPCRouter({
  update: partnerProcedure
    .input(profileInput)
    .mutation(({ ctx, input }) => updateProfile(ctx, input)),

  referrals: partnerProcedure.query(({ ctx }) => listReferralPrograms(ctx)),

  /** Only ever the caller's own network in one of their programs. */
  network: enrolledProcedure("any")
    .input(networkInput)
    .query(({ ctx, input }) => listNetwork(ctx, input)),
});
