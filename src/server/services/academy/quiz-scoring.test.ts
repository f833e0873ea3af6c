import { describe, expect, it } from "vitest";
import { attemptsLeft, scoreQuiz, type ScoredQuestion } from "./quiz-scoring";

const single: ScoredQuestion = {
  id: "q1",
  kind: "single",
  explanation: "Because A.",
  options: [
    { id: "a", label: "A", correct: true },
    { id: "b", label: "B", correct: false },
  ],
};
const multiple: ScoredQuestion = {
  id: "q2",
  kind: "multiple",
  explanation: "A and C.",
  options: [
    { id: "a", label: "A", correct: true },
    { id: "b", label: "B", correct: false },
    { id: "c", label: "C", correct: true },
  ],
};
const third: ScoredQuestion = { ...single, id: "q3" };

describe("scoreQuiz", () => {
  it("counts a single-choice question only for exactly the right option", () => {
    expect(scoreQuiz([single], { q1: ["a"] }, 100).results[0]?.correct).toBe(true);
    expect(scoreQuiz([single], { q1: ["b"] }, 100).results[0]?.correct).toBe(false);
    expect(scoreQuiz([single], { q1: ["a", "b"] }, 100).results[0]?.correct).toBe(false);
    expect(scoreQuiz([single], {}, 100).results[0]?.correct).toBe(false);
  });

  it("counts a multiple-choice question only for exactly the set of right options", () => {
    const score = (chosen: string[]) => scoreQuiz([multiple], { q2: chosen }, 100).passed;
    expect(score(["c", "a"])).toBe(true);
    expect(score(["a"])).toBe(false);
    expect(score(["a", "b", "c"])).toBe(false);
    expect(score([])).toBe(false);
  });

  it("rounds the percent down and passes at the mark, not below", () => {
    const answers = { q1: ["a"], q2: ["a", "c"], q3: ["b"] };
    expect(scoreQuiz([single, multiple, third], answers, 66)).toMatchObject({
      scorePercent: 66,
      passed: true,
    });
    expect(scoreQuiz([single, multiple, third], answers, 67).passed).toBe(false);
    expect(scoreQuiz([single, multiple, third], {}, 1)).toMatchObject({
      scorePercent: 0,
      passed: false,
    });
  });

  it("reveals the right options and the explanation per question", () => {
    expect(scoreQuiz([multiple], { q2: ["b"] }, 50).results).toEqual([
      { questionId: "q2", correct: false, correctOptionIds: ["a", "c"], explanation: "A and C." },
    ]);
  });
});

describe("attemptsLeft", () => {
  it("is null when unlimited and never negative", () => {
    expect(attemptsLeft(null, 12)).toBeNull();
    expect(attemptsLeft(3, 0)).toBe(3);
    expect(attemptsLeft(3, 2)).toBe(1);
    expect(attemptsLeft(3, 5)).toBe(0);
  });
});
