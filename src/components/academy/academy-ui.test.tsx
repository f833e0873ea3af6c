import { describe, expect, it } from "vitest";
import { renderHtml } from "~/components/testing/render-html";
import { locales } from "~/i18n/locales";
import { newQuestion } from "./lesson-form-values";
import { QuestionEditor } from "./manage/question-editor";
import { QuizForm } from "./partner/quiz-form";
import type { QuizQuestionView } from "./partner/quiz-types";
import { QuizResult } from "./partner/quiz-result";

const questions: QuizQuestionView[] = [
  {
    id: "q1",
    kind: "single",
    prompt: "How long does a click count?",
    options: [
      { id: "a", label: "30 days" },
      { id: "b", label: "1 hour" },
    ],
  },
  {
    id: "q2",
    kind: "multiple",
    prompt: "Which pay?",
    options: [
      { id: "c", label: "Sales" },
      { id: "d", label: "Leads" },
    ],
  },
];

const quizForm = (attemptsLeft: number | null) => (
  <QuizForm
    lessonId="l1"
    questions={questions}
    passMarkPercent={80}
    attemptsLeft={attemptsLeft}
    nextHref="/next"
    courseHref="/course"
  />
);

const failed = (attemptsLeft: number | null) => (
  <QuizResult
    outcome={{
      scorePercent: 50,
      passed: false,
      attemptsLeft,
      courseCompleted: false,
      pointsAwarded: 0,
      results: [
        { questionId: "q1", correct: false, correctOptionIds: ["a"], explanation: "Thirty." },
        { questionId: "q2", correct: true, correctOptionIds: ["c", "d"], explanation: "" },
      ],
    }}
    questions={questions}
    answers={{ q1: ["b"], q2: ["c", "d"] }}
    nextHref="/next"
    onRetry={() => undefined}
  />
);

describe("QuizForm", () => {
  it("asks each question in a fieldset: radios for one answer, checkboxes for several", () => {
    const { html } = renderHtml("en", quizForm(2));
    expect(html.match(/<fieldset/g)).toHaveLength(2);
    expect(html).toContain("How long does a click count?</legend>");
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html.match(/type="checkbox"/g)).toHaveLength(2);
    expect(html).toContain("Pass mark: 80%.");
    expect(html).toContain("2 attempts left.");
  });

  it("says so instead of showing the form when no attempt is left", () => {
    const { html } = renderHtml("en", quizForm(0));
    expect(html).not.toContain("<fieldset");
    expect(html).toContain("You have used every attempt");
  });
});

describe("QuizResult", () => {
  it("shows the score, the right answer and its explanation, and a retry", () => {
    const { html } = renderHtml("en", failed(1));
    expect(html).toContain("Not passed yet");
    expect(html).toContain("You scored 50%.");
    expect(html).toContain("1 attempt left.");
    expect(html).toContain("Correct answer: </dt><dd");
    expect(html).toContain(">30 days</dd>");
    expect(html).toContain("Thirty.");
    expect(html).toContain("Try again");
  });

  it("offers no retry once attempts are used up", () => {
    const { html } = renderHtml("en", failed(0));
    expect(html).not.toContain("Try again");
    expect(html).toContain("You have no attempts left at this quiz.");
  });
});

describe("QuestionEditor", () => {
  it("names each option and its correct flag for screen readers", () => {
    const { html } = renderHtml(
      "en",
      <QuestionEditor
        idPrefix="q"
        index={0}
        question={newQuestion()}
        errors={{ options: "Mark exactly one option as correct." }}
        canRemove={false}
        onChange={() => undefined}
        onRemove={() => undefined}
      />,
    );
    expect(html).toContain("Question 1</legend>");
    expect(html).toContain("Option 1</label>");
    expect(html).toContain('Correct <span class="sr-only">(option 1)</span>');
    expect(html).toContain('role="alert"');
  });
});

describe("academy messages", () => {
  for (const locale of locales) {
    it(`has every message the quiz and editor use in ${locale}`, () => {
      const missing = [
        ...renderHtml(locale, quizForm(2)).missing,
        ...renderHtml(locale, quizForm(null)).missing,
        ...renderHtml(locale, failed(1)).missing,
        ...renderHtml(locale, failed(0)).missing,
      ];
      expect(missing).toEqual([]);
    });
  }
});
