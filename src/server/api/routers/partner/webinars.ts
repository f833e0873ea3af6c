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
import { createTRPCRouter, partnerProcedure } from "../../trpc";

const webinarId = z.object({ webinarId: z.uuid() });
const questionId = z.object({ questionId: z.uuid() });

/**
 * Webinars of the programs where the caller is an active partner. Ids only select among those:
 * another program's webinar (or question) answers NOT_FOUND.
 */
export const partnerWebinarsRouter = createTRPCRouter({
  list: partnerProcedure
    .input(z.object({ view: z.enum(["upcoming", "past"]).default("upcoming"), page: pageSchema }))
    .query(({ ctx, input }) => listPartnerWebinars(ctx, input)),

  get: partnerProcedure.input(webinarId).query(({ ctx, input }) => getPartnerWebinar(ctx, input)),

  register: partnerProcedure
    .input(webinarId)
    .mutation(({ ctx, input }) => registerForWebinar(ctx, input)),

  unregister: partnerProcedure
    .input(webinarId)
    .mutation(({ ctx, input }) => unregisterFromWebinar(ctx, input)),

  questions: partnerProcedure
    .input(webinarId.extend({ page: pageSchema }))
    .query(({ ctx, input }) => partnerQuestions(ctx, input)),

  askQuestion: partnerProcedure
    .input(webinarId.extend({ body: questionBodySchema }))
    .mutation(({ ctx, input }) => askQuestion(ctx, input)),

  vote: partnerProcedure.input(questionId).mutation(({ ctx, input }) => voteQuestion(ctx, input)),

  unvote: partnerProcedure
    .input(questionId)
    .mutation(({ ctx, input }) => unvoteQuestion(ctx, input)),
});
