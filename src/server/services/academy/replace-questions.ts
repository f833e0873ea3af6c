import { randomUUID } from "node:crypto";
import { and, eq, notInArray } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { quizQuestions, type QuizOption } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import type { QuestionInput } from "./academy-input";

/**
 * Makes a quiz's questions exactly `questions`, in that order. Questions and options that
 * come back with their id keep it, so past attempts (answers stored by id) still read right;
 * new ones get fresh ids; questions left out are deleted. An id that is not this quiz's own
 * is refused rather than silently re-created.
 */
export async function replaceQuestions(
  db: Executor,
  lessonId: string,
  questions: readonly QuestionInput[],
) {
  const existing = await db
    .select({ id: quizQuestions.id })
    .from(quizQuestions)
    .where(eq(quizQuestions.lessonId, lessonId));
  const ownIds = new Set(existing.map((row) => row.id));
  const keep = questions.flatMap((question) => (question.id ? [question.id] : []));
  if (keep.some((id) => !ownIds.has(id)) || new Set(keep).size !== keep.length) {
    throw new DomainError("BAD_REQUEST", "academy.unknownQuestion");
  }
  await db
    .delete(quizQuestions)
    .where(
      keep.length > 0
        ? and(eq(quizQuestions.lessonId, lessonId), notInArray(quizQuestions.id, keep))
        : eq(quizQuestions.lessonId, lessonId),
    );
  for (const [position, question] of questions.entries()) {
    const values = {
      position,
      kind: question.kind,
      prompt: question.prompt,
      explanation: question.explanation,
      options: withIds(question.options),
    };
    if (question.id) {
      await db.update(quizQuestions).set(values).where(eq(quizQuestions.id, question.id));
    } else {
      await db.insert(quizQuestions).values({ ...values, lessonId });
    }
  }
}

function withIds(options: QuestionInput["options"]): QuizOption[] {
  const seen = new Set<string>();
  return options.map((option) => {
    // A duplicated option id (a copy-pasted option) gets a new one instead of two answers
    // sharing an id.
    const id = option.id && !seen.has(option.id) ? option.id : randomUUID();
    seen.add(id);
    return { id, label: option.label, correct: option.correct };
  });
}
