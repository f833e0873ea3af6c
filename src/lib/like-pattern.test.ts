import { describe, expect, it } from "vitest";
import { containsPattern } from "./like-pattern";

describe("containsPattern", () => {
  it("wraps plain text in wildcards", () => {
    expect(containsPattern("anna")).toBe("%anna%");
  });

  it("escapes the wildcards and the escape character a person typed", () => {
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});
