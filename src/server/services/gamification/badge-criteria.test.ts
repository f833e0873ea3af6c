import { describe, expect, it } from "vitest";
import { meetsCriteria, parseCriteria, type BadgeFacts } from "./badge-criteria";

const COURSE = "7c1d1c52-7d0f-4a8e-9a51-3f2f8c1d7e44";
const facts: BadgeFacts = {
  totalPoints: 120,
  sales: 10,
  completedCourseIds: new Set([COURSE]),
  webinarsAttended: 2,
  streakWeeks: 4,
  contestPrizes: 0,
};

describe("meetsCriteria", () => {
  it.each([
    [{ kind: "points", min: 120 }, true],
    [{ kind: "points", min: 121 }, false],
    [{ kind: "sales", min: 10 }, true],
    [{ kind: "sales", min: 11 }, false],
    [{ kind: "course", courseId: COURSE }, true],
    [{ kind: "course", courseId: "0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44" }, false],
    [{ kind: "webinars", min: 3 }, false],
    [{ kind: "webinars", min: 2 }, true],
    [{ kind: "streak", weeks: 4 }, true],
    [{ kind: "streak", weeks: 5 }, false],
    [{ kind: "contest" }, false],
    [{ kind: "manual" }, false],
  ] as const)("%j → %s", (criteria, expected) => {
    expect(meetsCriteria(criteria, facts)).toBe(expected);
  });

  it("awards contest badges for a prize", () => {
    expect(meetsCriteria({ kind: "contest" }, { ...facts, contestPrizes: 1 })).toBe(true);
  });
});

describe("parseCriteria", () => {
  it("accepts the known shapes and rejects others", () => {
    expect(parseCriteria({ kind: "sales", min: 1 })).toEqual({ kind: "sales", min: 1 });
    expect(parseCriteria({ kind: "sales", min: 0 })).toBeNull();
    expect(parseCriteria({ kind: "streak", weeks: 1 })).toBeNull();
    expect(parseCriteria({ kind: "course", courseId: "x" })).toBeNull();
    expect(parseCriteria({ kind: "secret" })).toBeNull();
    expect(parseCriteria(null)).toBeNull();
  });
});
