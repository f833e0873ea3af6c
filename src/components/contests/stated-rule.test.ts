import { describe, expect, it } from "vitest";
import { statedRule } from "./stated-rule";

describe("statedRule", () => {
  const t = (key: string) => `text of ${key}`;

  it("translates the server's keys within the contests namespace", () => {
    expect(statedRule(t, "contests.lateRefundRule")).toBe("text of lateRefundRule");
    expect(statedRule(t, "contests.tieBreak.firstToReach")).toBe("text of tieBreak.firstToReach");
  });

  it("shows nothing for a key it does not know", () => {
    expect(statedRule(t, "contests.somethingNew")).toBeNull();
    expect(statedRule(t, "errors.notFound")).toBeNull();
  });
});
