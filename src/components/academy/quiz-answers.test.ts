import { describe, expect, it } from "vitest";
import { chooseOption, progressPercent, unanswered } from "./quiz-answers";

describe("chooseOption", () => {
  const single = { id: "q1", kind: "single" as const };
  const multiple = { id: "q2", kind: "multiple" as const };

  it("keeps one option for a single-choice question", () => {
    const first = chooseOption({}, single, "a", true);
    expect(chooseOption(first, single, "b", true)).toEqual({ q1: ["b"] });
  });

  it("collects options for a multiple-choice question without duplicates", () => {
    let answers = chooseOption({}, multiple, "a", true);
    answers = chooseOption(answers, multiple, "b", true);
    answers = chooseOption(answers, multiple, "a", true);
    expect(answers).toEqual({ q2: ["a", "b"] });
    expect(chooseOption(answers, multiple, "a", false)).toEqual({ q2: ["b"] });
  });

  it("leaves other questions alone", () => {
    const answers = chooseOption({ q2: ["x"] }, single, "a", true);
    expect(answers).toEqual({ q1: ["a"], q2: ["x"] });
  });
});

describe("unanswered", () => {
  it("names questions with no option chosen, in order", () => {
    expect(unanswered({ q1: ["a"], q3: [] }, [{ id: "q1" }, { id: "q2" }, { id: "q3" }])).toEqual([
      "q2",
      "q3",
    ]);
  });
});

describe("progressPercent", () => {
  it("rounds down and handles empty courses", () => {
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(3, 3)).toBe(100);
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(5, 3)).toBe(100);
  });
});
