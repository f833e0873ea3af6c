import type { QuizOption } from "~/server/db/schema";

export type ScoredQuestion = {
  id: string;
  kind: "single" | "multiple";
  options: readonly QuizOption[];
  explanation: string;
};

export type QuestionResult = {
  questionId: string;
  correct: boolean;
  correctOptionIds: string[];
  explanation: string;
};

export type QuizScore = { scorePercent: number; passed: boolean; results: QuestionResult[] };

/**
 * Scores an attempt. A question counts only when the chosen set equals the correct set
 * exactly (no partial credit: choosing every box of a multiple-choice question must not pay),
 * and a single-choice answer with more than one option is wrong. The percent is rounded down
 * so 2 of 3 is 66 and a pass mark of 67 is not met by rounding.
 */
export function scoreQuiz(
  questions: readonly ScoredQuestion[],
  answers: Readonly<Record<string, readonly string[]>>,
  passMarkPercent: number,
): QuizScore {
  const results = questions.map((question) => {
    const correctOptionIds = question.options.filter((o) => o.correct).map((o) => o.id);
    const chosen = new Set(answers[question.id] ?? []);
    const correct =
      (question.kind === "multiple" || chosen.size === 1) &&
      chosen.size === correctOptionIds.length &&
      correctOptionIds.every((id) => chosen.has(id));
    return {
      questionId: question.id,
      correct,
      correctOptionIds,
      explanation: question.explanation,
    };
  });
  const right = results.filter((r) => r.correct).length;
  const scorePercent = questions.length === 0 ? 0 : Math.floor((right * 100) / questions.length);
  return { scorePercent, passed: scorePercent >= passMarkPercent, results };
}

/** Attempts a partner still has; null means unlimited. Never negative. */
export function attemptsLeft(maxAttempts: number | null, used: number): number | null {
  return maxAttempts === null ? null : Math.max(0, maxAttempts - used);
}
