import { describe, expect, it } from "vitest";
import { sessionIsCurrent } from "./session-rules";

const holder = { sessionVersion: 3, disabledAt: null };

describe("sessionIsCurrent", () => {
  it("keeps a session issued with the person's current version", () => {
    expect(sessionIsCurrent(3, holder)).toBe(true);
  });

  it("ends a session issued before the version was raised", () => {
    expect(sessionIsCurrent(2, holder)).toBe(false);
  });

  it("ends every session of a disabled person, whatever its version", () => {
    expect(sessionIsCurrent(3, { ...holder, disabledAt: new Date() })).toBe(false);
  });

  it("ends the session of a person who no longer exists", () => {
    expect(sessionIsCurrent(3, undefined)).toBe(false);
  });

  it("refuses a token without a version, or with a version of another type", () => {
    expect(sessionIsCurrent(undefined, holder)).toBe(false);
    expect(sessionIsCurrent("3", holder)).toBe(false);
  });
});
