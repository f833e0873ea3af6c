import { describe, expect, it } from "vitest";
import {
  emptyLessonForm,
  formToLesson,
  lessonToForm,
  newOption,
  newQuestion,
  setCorrect,
  setKind,
  type QuestionDraft,
} from "./lesson-form-values";

const question = (patch: Partial<QuestionDraft> = {}): QuestionDraft => ({
  ...newQuestion(),
  prompt: "What is a cookie window?",
  options: [
    { key: "a", label: "Days a click counts", correct: true },
    { key: "b", label: "A bakery", correct: false },
  ],
  ...patch,
});

describe("formToLesson", () => {
  it("turns a lesson into the API input, without quiz fields", () => {
    const result = formToLesson({
      ...emptyLessonForm("lesson"),
      title: "  Welcome ",
      body: "# Hi",
      videoUrl: " https://www.youtube.com/watch?v=x ",
    });
    expect(result).toEqual({
      ok: true,
      input: {
        kind: "lesson",
        title: "Welcome",
        body: "# Hi",
        videoUrl: "https://www.youtube.com/watch?v=x",
        passMarkPercent: null,
        maxAttempts: null,
        attachmentIds: [],
        questions: [],
      },
    });
  });

  it("turns a quiz into numbers and keeps stored ids", () => {
    const result = formToLesson({
      ...emptyLessonForm("quiz"),
      title: "Check",
      passMarkPercent: "75",
      maxAttempts: "3",
      questions: [question({ id: "q-1", explanation: " Because " })],
    });
    expect(result.ok && result.input).toMatchObject({
      passMarkPercent: 75,
      maxAttempts: 3,
      questions: [
        {
          id: "q-1",
          kind: "single",
          explanation: "Because",
          options: [
            { label: "Days a click counts", correct: true },
            { label: "A bakery", correct: false },
          ],
        },
      ],
    });
  });

  it("reports every problem by field path", () => {
    const result = formToLesson({
      ...emptyLessonForm("quiz"),
      passMarkPercent: "120",
      maxAttempts: "0",
      questions: [
        question({ prompt: " " }),
        question({ options: [newOption("only")] }),
        question({ options: [newOption("a"), newOption("b")] }),
        question({ kind: "multiple", options: [newOption("a"), newOption("")] }),
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        title: "titleRequired",
        passMarkPercent: "passMark",
        maxAttempts: "maxAttempts",
        "questions.0.prompt": "promptRequired",
        "questions.1.options": "twoOptions",
        "questions.2.options": "oneCorrect",
        "questions.3.options": "optionLabel",
      },
    });
  });

  it("wants at least one question in a quiz", () => {
    const result = formToLesson({ ...emptyLessonForm("quiz"), title: "Q", questions: [] });
    expect(result).toEqual({ ok: false, errors: { questions: "noQuestions" } });
  });
});

describe("setCorrect and setKind", () => {
  it("keeps a single-choice question with one right option", () => {
    const q = setCorrect(question(), "b", true);
    expect(q.options.map((option) => option.correct)).toEqual([false, true]);
  });

  it("allows several right options in a multiple-choice question", () => {
    const q = setCorrect(question({ kind: "multiple" }), "b", true);
    expect(q.options.map((option) => option.correct)).toEqual([true, true]);
  });

  it("keeps only the first right option when switching to single choice", () => {
    const multiple = setCorrect(question({ kind: "multiple" }), "b", true);
    const single = setKind(multiple, "single");
    expect(single.options.map((option) => option.correct)).toEqual([true, false]);
  });
});

describe("lessonToForm", () => {
  it("round-trips a stored quiz with its ids", () => {
    const stored = {
      kind: "quiz" as const,
      title: "Check",
      body: "",
      videoUrl: null,
      passMarkPercent: 60,
      maxAttempts: null,
      attachments: [{ id: "c1" }],
      questions: [
        {
          id: "q1",
          kind: "single" as const,
          prompt: "Why?",
          explanation: "So.",
          options: [
            { id: "o1", label: "Yes", correct: true },
            { id: "o2", label: "No", correct: false },
          ],
        },
      ],
    };
    const form = lessonToForm(stored);
    expect(form.passMarkPercent).toBe("60");
    expect(form.maxAttempts).toBe("");
    expect(formToLesson(form)).toEqual({
      ok: true,
      input: {
        kind: "quiz",
        title: "Check",
        body: "",
        videoUrl: null,
        passMarkPercent: 60,
        maxAttempts: null,
        attachmentIds: ["c1"],
        questions: [
          {
            id: "q1",
            kind: "single",
            prompt: "Why?",
            explanation: "So.",
            options: [
              { id: "o1", label: "Yes", correct: true },
              { id: "o2", label: "No", correct: false },
            ],
          },
        ],
      },
    });
  });
});
