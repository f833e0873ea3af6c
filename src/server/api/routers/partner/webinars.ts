import { z } from "zod";
import { getPartnerWebinar } from "~/server/services/webinars/get-partner-webinar";
import { listPartnerWebinars } from "~/server/services/webinars/list-partner-webinars";
import {
  askQuestion,
  partnerQuestions,
  unvoteQuestion,
  voteQuestion,
} from "~/server/services/webinars/questions";
import { registerForWebinar, unregisterFromWebinar } from "~/server/services/webinars/register";
import { pageSchema, questionBodySchema } from "~/server/services/webinars/webinar-input";
import { createTRPCRouter, enrolledProcedure, partnerProcedure } from "../../trpc";

/** Webinars are for active partners; the id selects the program among the caller's own. */
const ofWebinar = enrolledProcedure("active", "webinar");
const ofQuestion = enrolledProcedure("active", "webinarQuestion");

/**
 * Webinars of the programs where the caller is an active partner. Ids only select among those:
 * another program's webinar (or question) answers NOT_FOUND.
 */
export const partnerWebinarsRouter = createTRPCRouter({
  list: partnerProcedure
    .input(z.object({ view: z.enum(["upcoming", "past"]).default("upcoming"), page: pageSchema }))
    .query(({ ctx, input }) => listPartnerWebinars(ctx, input)),

  get: ofWebinar.query(({ ctx, input }) => getPartnerWebinar(ctx, input)),

  register: ofWebinar.mutation(({ ctx, input }) => registerForWebinar(ctx, input)),

  unregister: ofWebinar.mutation(({ ctx, input }) => unregisterFromWebinar(ctx, input)),

  questions: ofWebinar
    .input(z.object({ page: pageSchema }))
    .query(({ ctx, input }) => partnerQuestions(ctx, input)),

  askQuestion: ofWebinar
    .input(z.object({ body: questionBodySchema }))
    .mutation(({ ctx, input }) => askQuestion(ctx, input)),

  vote: ofQuestion.mutation(({ ctx, input }) => voteQuestion(ctx, input)),

  unvote: ofQuestion.mutation(({ ctx, input }) => unvoteQuestion(ctx, input)),
});
