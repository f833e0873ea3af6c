import { describe, expect, it } from "vitest";
import { summarizeProgress } from "./course-progress";

const lessons = [{ id: "l1" }, { id: "l2" }, { id: "quiz" }];

describe("summarizeProgress", () => {
  it("starts on the first lesson", () => {
    expect(summarizeProgress(lessons, new Set(), null)).toEqual({
      completedLessons: 0,
      totalLessons: 3,
      complete: false,
      resumeLessonId: "l1",
    });
  });

  it("resumes on the lesson last opened while it is not done", () => {
    expect(summarizeProgress(lessons, new Set(["l1"]), "quiz").resumeLessonId).toBe("quiz");
  });

  it("resumes on the first lesson not done when the last opened one is done", () => {
    const done = new Set(["l1", "quiz"]);
    expect(summarizeProgress(lessons, done, "quiz")).toMatchObject({
      completedLessons: 2,
      complete: false,
      resumeLessonId: "l2",
    });
  });

  it("is complete only when every lesson is (a failed quiz is not in the set)", () => {
    expect(summarizeProgress(lessons, new Set(["l1", "l2"]), "quiz").complete).toBe(false);
    expect(summarizeProgress(lessons, new Set(["l1", "l2", "quiz"]), "quiz")).toMatchObject({
      completedLessons: 3,
      complete: true,
      resumeLessonId: "l1",
    });
  });

  it("ignores a last lesson that was deleted, and a course without lessons", () => {
    expect(summarizeProgress(lessons, new Set(["l1"]), "gone").resumeLessonId).toBe("l2");
    expect(summarizeProgress([], new Set(), null)).toEqual({
      completedLessons: 0,
      totalLessons: 0,
      complete: false,
      resumeLessonId: null,
    });
  });
});
