/**
 * What the lesson editor holds (text as typed, questions with client keys so React can track
 * rows before they have ids) and its conversion to the `saveLesson` input. Pure, so the rules
 * a manager meets (a single-choice question has exactly one right answer…) are unit-tested
 * apart from React; the server validates again.
 */
export type OptionDraft = { key: string; id?: string; label: string; correct: boolean };
export type QuestionDraft = {
  key: string;
  id?: string;
  kind: "single" | "multiple";
  prompt: string;
  explanation: string;
  options: OptionDraft[];
};
export type LessonFormValues = {
  kind: "lesson" | "quiz";
  title: string;
  body: string;
  videoUrl: string;
  passMarkPercent: string;
  maxAttempts: string;
  attachmentIds: string[];
  questions: QuestionDraft[];
};

export type LessonInput = {
  kind: "lesson" | "quiz";
  title: string;
  body: string;
  videoUrl: string | null;
  passMarkPercent: number | null;
  maxAttempts: number | null;
  attachmentIds: string[];
  questions: {
    id?: string;
    kind: "single" | "multiple";
    prompt: string;
    explanation: string;
    options: { id?: string; label: string; correct: boolean }[];
  }[];
};

/** Message keys under academyUi.editor.errors. */
export type LessonFormIssue =
  | "titleRequired"
  | "passMark"
  | "maxAttempts"
  | "noQuestions"
  | "promptRequired"
  | "twoOptions"
  | "optionLabel"
  | "oneCorrect"
  | "someCorrect";

/** Problems by field path ("questions.0.options"), as the server names them too. */
export type LessonFormResult =
  { ok: true; input: LessonInput } | { ok: false; errors: Record<string, LessonFormIssue> };

let counter = 0;
/** A key for a new row; unique within the page, never sent to the server. */
export const newKey = () => `new-${++counter}`;

export const newOption = (label = ""): OptionDraft => ({ key: newKey(), label, correct: false });

export const newQuestion = (): QuestionDraft => ({
  key: newKey(),
  kind: "single",
  prompt: "",
  explanation: "",
  options: [newOption(), newOption()],
});

export const emptyLessonForm = (kind: "lesson" | "quiz"): LessonFormValues => ({
  kind,
  title: "",
  body: "",
  videoUrl: "",
  passMarkPercent: kind === "quiz" ? "80" : "",
  maxAttempts: "",
  attachmentIds: [],
  questions: kind === "quiz" ? [newQuestion()] : [],
});

/** Marks an option right or wrong; a single-choice question keeps only one right option. */
export function setCorrect(question: QuestionDraft, key: string, correct: boolean): QuestionDraft {
  return {
    ...question,
    options: question.options.map((option) =>
      option.key === key
        ? { ...option, correct }
        : question.kind === "single" && correct
          ? { ...option, correct: false }
          : option,
    ),
  };
}

/** Switching to single choice keeps the first right option only. */
export function setKind(question: QuestionDraft, kind: "single" | "multiple"): QuestionDraft {
  if (kind === "multiple") return { ...question, kind };
  const first = question.options.find((option) => option.correct)?.key;
  return {
    ...question,
    kind,
    options: question.options.map((option) => ({ ...option, correct: option.key === first })),
  };
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

export function formToLesson(values: LessonFormValues): LessonFormResult {
  const errors: Record<string, LessonFormIssue> = {};
  const title = values.title.trim();
  if (!title) errors.title = "titleRequired";
  const quiz = values.kind === "quiz";
  let passMarkPercent: number | null = null;
  let maxAttempts: number | null = null;
  if (quiz) {
    passMarkPercent = wholeNumber(values.passMarkPercent);
    if (!(passMarkPercent >= 1 && passMarkPercent <= 100)) errors.passMarkPercent = "passMark";
    if (values.maxAttempts.trim()) {
      maxAttempts = wholeNumber(values.maxAttempts);
      if (!(maxAttempts >= 1 && maxAttempts <= 100)) errors.maxAttempts = "maxAttempts";
    }
    if (values.questions.length === 0) errors.questions = "noQuestions";
  }
  const questions = quiz
    ? values.questions.map((question, index) => {
        const path = `questions.${index}`;
        if (!question.prompt.trim()) errors[`${path}.prompt`] = "promptRequired";
        const options = question.options.map((option) => ({
          ...(option.id ? { id: option.id } : {}),
          label: option.label.trim(),
          correct: option.correct,
        }));
        const right = options.filter((option) => option.correct).length;
        if (options.length < 2) errors[`${path}.options`] = "twoOptions";
        else if (options.some((option) => !option.label)) errors[`${path}.options`] = "optionLabel";
        else if (question.kind === "single" ? right !== 1 : right < 1)
          errors[`${path}.options`] = question.kind === "single" ? "oneCorrect" : "someCorrect";
        return {
          ...(question.id ? { id: question.id } : {}),
          kind: question.kind,
          prompt: question.prompt.trim(),
          explanation: question.explanation.trim(),
          options,
        };
      })
    : [];
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      kind: values.kind,
      title,
      body: values.body,
      videoUrl: values.videoUrl.trim() || null,
      passMarkPercent,
      maxAttempts,
      attachmentIds: values.attachmentIds,
      questions,
    },
  };
}

type StoredLesson = {
  kind: "lesson" | "quiz";
  title: string;
  body: string;
  videoUrl: string | null;
  passMarkPercent: number | null;
  maxAttempts: number | null;
  attachments: { id: string }[];
  questions: {
    id: string;
    kind: "single" | "multiple";
    prompt: string;
    explanation: string;
    options: { id: string; label: string; correct: boolean }[];
  }[];
};

/** A stored lesson as the editor holds it; stored ids ride along so answers keep their ids. */
export function lessonToForm(lesson: StoredLesson): LessonFormValues {
  return {
    kind: lesson.kind,
    title: lesson.title,
    body: lesson.body,
    videoUrl: lesson.videoUrl ?? "",
    passMarkPercent: lesson.passMarkPercent === null ? "" : String(lesson.passMarkPercent),
    maxAttempts: lesson.maxAttempts === null ? "" : String(lesson.maxAttempts),
    attachmentIds: lesson.attachments.map((attachment) => attachment.id),
    questions: lesson.questions.map((question) => ({
      key: question.id,
      id: question.id,
      kind: question.kind,
      prompt: question.prompt,
      explanation: question.explanation,
      options: question.options.map((option) => ({ key: option.id, ...option })),
    })),
  };
}
