import { describe, expect, it } from "vitest";
import { createLinkSchema, promoCodeSchema, subIdSchema } from "./links";

describe("link input", () => {
  it("trims and drops blank optional fields", () => {
    expect(
      createLinkSchema.parse({
        destination: " https://shop.example.com/ ",
        label: "  ",
        subId: "",
      }),
    ).toEqual({ destination: "https://shop.example.com/" });
  });

  it("keeps sub-ids to characters safe in a query string", () => {
    expect(subIdSchema.parse("spring_2026.banner-1")).toBe("spring_2026.banner-1");
    for (const bad of ["a b", "a&b=c", "ü", "x".repeat(101), "<script>"]) {
      expect(subIdSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(subIdSchema.safeParse("a b").error?.issues[0]?.message).toBe("validation.subId");
  });

  it("bounds the label and the destination", () => {
    const base = { destination: "https://shop.example.com/" };
    expect(createLinkSchema.safeParse({ ...base, label: "x".repeat(80) }).success).toBe(true);
    expect(createLinkSchema.safeParse({ ...base, label: "x".repeat(81) }).success).toBe(false);
    expect(createLinkSchema.safeParse({ ...base, destination: "x".repeat(2001) }).success).toBe(
      false,
    );
  });
});

describe("promo codes", () => {
  it("normalises to upper case", () => {
    expect(promoCodeSchema.parse(" spring-10 ")).toBe("SPRING-10");
    expect(promoCodeSchema.parse("a_b")).toBe("A_B");
  });

  it.each(["ab", "x".repeat(33), "with space", "ZNIŻKA", "A.B", ""])("refuses %j", (code) => {
    expect(promoCodeSchema.safeParse(code).success).toBe(false);
  });
});
