/** A partner's answers while taking a quiz: option ids per question id, as submitQuiz takes them. */
export type QuizAnswers = Record<string, string[]>;

/** Choosing an option: a single-choice question holds one, a multiple-choice one a set. */
export function chooseOption(
  answers: QuizAnswers,
  question: { id: string; kind: "single" | "multiple" },
  optionId: string,
  checked: boolean,
): QuizAnswers {
  const current = answers[question.id] ?? [];
  const next =
    question.kind === "single"
      ? checked
        ? [optionId]
        : current.filter((id) => id !== optionId)
      : checked
        ? [...new Set([...current, optionId])]
        : current.filter((id) => id !== optionId);
  return { ...answers, [question.id]: next };
}

/** Questions still without an answer, in order: the form names them before submitting. */
export function unanswered(answers: QuizAnswers, questions: { id: string }[]): string[] {
  return questions.filter((question) => (answers[question.id] ?? []).length === 0).map((q) => q.id);
}

/** Whole percent of lessons done, never above 100 and 0 for an empty course. */
export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((done / total) * 100));
}
