import { describe, expect, it } from "vitest";
import { loggablePath } from "./loggable-path";

describe("loggablePath", () => {
  it("hides the tokens of preferences and confirmation links", () => {
    expect(loggablePath("/preferences/abc.DEF-123")).toBe("/preferences/:token");
    expect(loggablePath("/subscribe/confirm/xyz")).toBe("/subscribe/confirm/:token");
  });

  it("keeps every other path as it is", () => {
    expect(loggablePath("/portal/earnings")).toBe("/portal/earnings");
    expect(loggablePath("/preferences")).toBe("/preferences");
    expect(loggablePath("/p/demo/subscribe")).toBe("/p/demo/subscribe");
  });
});
