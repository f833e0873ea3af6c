import { describe, expect, it } from "vitest";
import { clickThroughRate } from "~/lib/rates";
import { containsPattern, parseSize, partnerCreativeFiltersSchema } from "./creative-filters";
import { defaultDestination } from "./default-destination";

describe("parseSize", () => {
  it("reads WIDTHxHEIGHT with x or ×, any case and spaces", () => {
    expect(parseSize("728x90")).toEqual({ width: 728, height: 90 });
    expect(parseSize(" 300 X 250 ")).toEqual({ width: 300, height: 250 });
    expect(parseSize("160×600")).toEqual({ width: 160, height: 600 });
  });

  it("refuses anything else", () => {
    for (const text of ["", "728", "x90", "0x90", "728x0", "-1x2", "1.5x2", "123456x1"])
      expect(parseSize(text)).toBeNull();
  });
});

describe("containsPattern", () => {
  it("matches wildcards literally", () => {
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});

describe("partnerCreativeFiltersSchema", () => {
  it("treats empty fields as no filter and lower-cases the language", () => {
    expect(
      partnerCreativeFiltersSchema.parse({
        language: " PL ",
        tag: "",
        size: "",
        search: "  ",
      }),
    ).toEqual({ language: "pl", page: 1, limit: 12 });
  });

  it("refuses a malformed size and an unknown kind", () => {
    expect(partnerCreativeFiltersSchema.safeParse({ size: "big" }).success).toBe(false);
    expect(partnerCreativeFiltersSchema.safeParse({ kind: "poster" }).success).toBe(false);
  });
});

describe("clickThroughRate", () => {
  it("divides clicks by impressions and has no rate without impressions", () => {
    expect(clickThroughRate(5, 400)).toBe(0.0125);
    expect(clickThroughRate(0, 10)).toBe(0);
    expect(clickThroughRate(3, 0)).toBeNull();
    expect(clickThroughRate(12, 10)).toBe(1.2);
  });
});

describe("defaultDestination", () => {
  it("is the home page of the first usable allowed domain", () => {
    expect(defaultDestination(["Shop.Example.com", "other.example"])).toBe(
      "https://shop.example.com/",
    );
    expect(defaultDestination(["localhost", "shop.example.com"])).toBe("https://shop.example.com/");
    expect(defaultDestination([])).toBeNull();
  });
});
