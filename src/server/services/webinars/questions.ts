import { and, count, eq, isNull } from "drizzle-orm";
import { webinarQuestions, webinarQuestionVotes } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import type { PartnerContext } from "../context";
import { listQuestions } from "./list-questions";
import { loadPartnerWebinar, type PartnerWebinar } from "./partner-webinar";
import { questionBodySchema } from "./webinar-input";

/** Questions are for before the webinar: once it starts, they are asked live. */
function assertOpen(found: PartnerWebinar) {
  if (found.webinar.cancelledAt) throw conflict("webinar.cancelled");
  if (found.webinar.startsAt.getTime() <= Date.now()) throw conflict("webinar.started");
}

export const MAX_QUESTIONS_PER_PARTNER = 10;

/** The questions of a webinar the partner can see, most votes first. */
export async function partnerQuestions(
  ctx: PartnerContext,
  input: { webinarId: string; page: number },
) {
  const { enrollment } = await loadPartnerWebinar(ctx.db, ctx, input.webinarId);
  return listQuestions(ctx.db, { ...input, viewer: { enrollmentId: enrollment.id } });
}

/** Any partner of the audience may ask before the start (registered or not), up to ten each. */
export async function askQuestion(ctx: PartnerContext, input: { webinarId: string; body: string }) {
  const body = questionBodySchema.parse(input.body);
  return ctx.db.transaction(async (tx) => {
    const found = await loadPartnerWebinar(tx, ctx, input.webinarId, { lock: true });
    assertOpen(found);
    const [asked] = await tx
      .select({ value: count() })
      .from(webinarQuestions)
      .where(
        and(
          eq(webinarQuestions.webinarId, found.webinar.id),
          eq(webinarQuestions.enrollmentId, found.enrollment.id),
        ),
      );
    if ((asked?.value ?? 0) >= MAX_QUESTIONS_PER_PARTNER)
      throw conflict("webinar.tooManyQuestions", { max: MAX_QUESTIONS_PER_PARTNER });
    const [question] = await tx
      .insert(webinarQuestions)
      .values({ webinarId: found.webinar.id, enrollmentId: found.enrollment.id, body })
      .returning({ id: webinarQuestions.id, body: webinarQuestions.body });
    return question!;
  });
}

/** A visible question of an open webinar the partner can see, for voting. */
async function loadVotable(ctx: PartnerContext, questionId: string) {
  const [question] = await ctx.db
    .select({
      id: webinarQuestions.id,
      webinarId: webinarQuestions.webinarId,
      enrollmentId: webinarQuestions.enrollmentId,
    })
    .from(webinarQuestions)
    .where(and(eq(webinarQuestions.id, questionId), isNull(webinarQuestions.hiddenAt)));
  if (!question) throw notFound("webinarQuestion");
  // Foreign programs answer NOT_FOUND from here, exactly like an unknown question.
  const found = await loadPartnerWebinar(ctx.db, ctx, question.webinarId);
  assertOpen(found);
  return { question, enrollmentId: found.enrollment.id };
}

/**
 * One vote per partner and question; voting for one's own question is refused (asking it is
 * the vote). Voting twice is a no-op, not an error: the button may be pressed twice.
 */
export async function voteQuestion(ctx: PartnerContext, input: { questionId: string }) {
  const { question, enrollmentId } = await loadVotable(ctx, input.questionId);
  if (question.enrollmentId === enrollmentId) throw conflict("webinar.ownQuestion");
  await ctx.db
    .insert(webinarQuestionVotes)
    .values({ questionId: question.id, enrollmentId })
    .onConflictDoNothing();
  return { voted: true };
}

export async function unvoteQuestion(ctx: PartnerContext, input: { questionId: string }) {
  const { question, enrollmentId } = await loadVotable(ctx, input.questionId);
  await ctx.db
    .delete(webinarQuestionVotes)
    .where(
      and(
        eq(webinarQuestionVotes.questionId, question.id),
        eq(webinarQuestionVotes.enrollmentId, enrollmentId),
      ),
    );
  return { voted: false };
}
