import { z } from "zod";
import { slugSchema } from "~/lib/validation/programs";
import { acceptTerms } from "~/server/services/enrollments/accept-terms";
import { applyToProgram } from "~/server/services/enrollments/apply";
import { getProgramForPartner } from "~/server/services/programs/get-program-for-partner";
import { listProgramsForPartner } from "~/server/services/programs/list-programs-for-partner";
import { createTRPCRouter, enrolledProcedure, partnerProcedure } from "../../trpc";

const termsVersion = z.number().int().min(1);

export const partnerProgramsRouter = createTRPCRouter({
  list: partnerProcedure.query(({ ctx }) => listProgramsForPartner(ctx)),

  /** The program page: where the slug in its address becomes the id the other calls take. */
  get: partnerProcedure
    .input(z.object({ slug: slugSchema }))
    .query(({ ctx, input }) => getProgramForPartner(ctx, input.slug)),

  join: partnerProcedure
    .input(
      z.object({
        /** Not enrolled yet: the id selects among published programs, not enrollments. */
        programId: z.uuid(),
        termsVersion,
        acceptTerms: z.literal(true, { error: "validation.acceptTerms" }),
        pitch: z.string().trim().max(1000).default(""),
        /** The recruiting partner's referral code; an unknown one records nobody. */
        ref: z.string().trim().max(64).optional(),
      }),
    )
    .mutation(({ ctx, input }) => applyToProgram(ctx, input)),

  acceptTerms: enrolledProcedure("any")
    .input(z.object({ termsVersion }))
    .mutation(({ ctx, input }) => acceptTerms(ctx, input)),
});
