import { and, eq } from "drizzle-orm";
import { webinarQuestions, webinars } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

/** A manager hides (or shows again) a question on their program's webinar. */
export async function hideQuestion(
  ctx: ProgramContext,
  input: { questionId: string; hidden: boolean },
) {
  return ctx.db.transaction(async (tx) => {
    const [question] = await tx
      .select({ id: webinarQuestions.id, webinarId: webinarQuestions.webinarId })
      .from(webinarQuestions)
      .innerJoin(webinars, eq(webinars.id, webinarQuestions.webinarId))
      .where(
        and(eq(webinarQuestions.id, input.questionId), eq(webinars.programId, ctx.program.id)),
      );
    if (!question) throw notFound("webinarQuestion");
    await tx
      .update(webinarQuestions)
      .set({ hiddenAt: input.hidden ? new Date() : null })
      .where(eq(webinarQuestions.id, question.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: input.hidden ? "webinarQuestion.hidden" : "webinarQuestion.shown",
      targetType: "webinar",
      targetId: question.webinarId,
      data: { questionId: question.id },
    });
    return { hidden: input.hidden };
  });
}
